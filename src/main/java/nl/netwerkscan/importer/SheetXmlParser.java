package nl.netwerkscan.importer;

import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;

/**
 * Pulls the rows out of one worksheet's XML ({@code <row><c r="B7" t="s" s="3"><v>…}), turning
 * each cell into text by its type: shared string, inline string, formula string, boolean, error
 * or number (a date when its style says so). Own cell handling instead of POI's DataFormatter,
 * which costs seconds per million rows (tech-notes.md).
 */
final class SheetXmlParser {
  private final ReadOnlySharedStringsTable strings;
  private final DateStyles dateStyles;

  private String[] cells = new String[16];
  private int width;
  private int rowNumber;
  private int column;
  private String type;
  private int style;
  private final StringBuilder value = new StringBuilder();
  private final StringBuilder inline = new StringBuilder();

  /** Excel's column count, XFD. */
  static final int MAX_COLUMNS = 16_384;

  private final ImportProgress progress;

  SheetXmlParser(ReadOnlySharedStringsTable strings, DateStyles dateStyles, ImportProgress progress) {
    this.strings = strings;
    this.dateStyles = dateStyles;
    this.progress = progress;
  }

  void parse(InputStream in, RowHandler handler) throws XMLStreamException, SurveyException {
    XMLStreamReader xml = XlsxSource.open(in);
    try {
      boolean inValue = false;
      boolean inInlineText = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          switch (name) {
            case "row" -> startRow(xml.getAttributeValue(null, "r"));
            case "dimension" -> dimension(xml.getAttributeValue(null, "ref"));
            case "c" -> startCell(xml);
            case "v" -> inValue = true;
            case "t" -> inInlineText = "inlineStr".equals(type);
            default -> { }
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (inValue) {
            value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          } else if (inInlineText) {
            inline.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          switch (name) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "c" -> endCell();
            case "row" -> handler.row(new RawRow(rowNumber, Arrays.copyOf(cells, width)));
            default -> { }
          }
        }
      }
    } finally {
      xml.close();
    }
  }

  /** {@code <dimension ref="A1:L1000003"/>}: the sheet's last row, for the progress display. */
  private void dimension(String ref) {
    if (ref == null || ref.indexOf(':') < 0) {
      return;
    }
    String last = ref.substring(ref.indexOf(':') + 1).replaceAll("[A-Z]", "");
    if (!last.isEmpty() && last.length() < 10) {
      progress.expect(Long.parseLong(last));
    }
  }

  private void startRow(String r) {
    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
    Arrays.fill(cells, 0, width, null);
    width = 0;
    column = -1;
  }

  /** One pass over the cell's attributes (r, t, s): cheaper than three look-ups by name. */
  private void startCell(XMLStreamReader xml) {
    String ref = null;
    type = null;
    style = 0;
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String name = xml.getAttributeLocalName(i);
      if (name.length() == 1) {
        switch (name.charAt(0)) {
          case 'r' -> ref = xml.getAttributeValue(i);
          case 't' -> type = xml.getAttributeValue(i);
          case 's' -> style = Integer.parseInt(xml.getAttributeValue(i));
          default -> { }
        }
      }
    }
    column = ref == null ? column + 1 : columnOf(ref);
    if (column < 0 || column >= MAX_COLUMNS) {
      // Excel has 16,384 columns; a reference beyond (or garbage such as "ZZZZZZ1") would make
      // the row array gigabytes long, so such a sheet is damaged, not large.
      throw new IllegalStateException("cell reference out of range: " + ref);
    }
    value.setLength(0);
    inline.setLength(0);
  }

  private void endCell() {
    String text = cellText();
    if (text == null) {
      return;
    }
    if (column >= cells.length) {
      cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
    }
    cells[column] = text;
    width = Math.max(width, column + 1);
  }

  private String cellText() {
    if (type == null || type.equals("n")) {
      if (value.length() == 0) {
        return null;
      }
      String stored = value.toString();
      return dateStyles.isDate(style) ? CellText.date(Double.parseDouble(stored)) : CellText.number(stored);
    }
    return switch (type) {
      case "s" -> strings.getItemAt(Integer.parseInt(value.toString().trim())).getString();
      case "inlineStr" -> inline.toString();
      case "b" -> CellText.bool("1".equals(value.toString().trim()));
      // str: a formula's cached text; e: an error such as #DIV/0!, kept as its text
      default -> value.toString();
    };
  }

  /** The 0-based column of a cell reference such as "AB12". */
  static int columnOf(String ref) {
    int column = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }
}
