package nl.netwerkscan.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Pulls the rows out of one worksheet's XML ({@code <row><c r="B7" t="s" s="3"><v>…}), turning
 * each cell into text by its type: shared string, inline string, formula string, boolean, error
 * or number (a date when its style says so). Own cell handling instead of POI's DataFormatter,
 * which costs seconds per million rows (tech-notes.md).
 */
final class SheetXmlParser {
  private final SharedStringTexts strings;
  private final DateStyles dateStyles;

  private String[] cells = new String[16];
  private int width;
  private int rowNumber;
  private int column;
  private final CellAttributes attributes = new CellAttributes();
  private final TextBuffer value = new TextBuffer();
  private final TextBuffer inline = new TextBuffer();
  private final TextPool pool = new TextPool();
  /** The shared strings as pooled strings, made on first use. */
  private String[] shared = new String[0];

  /** Excel's column count, XFD. */
  static final int MAX_COLUMNS = 16_384;

  private final ImportProgress progress;
  private RowHandler handler;
  private boolean inValue;
  private boolean inInlineText;

  SheetXmlParser(SharedStringTexts strings, DateStyles dateStyles, ImportProgress progress) {
    this.strings = strings;
    this.dateStyles = dateStyles;
    this.progress = progress;
  }

  /**
   * Reads the sheet's rows into {@code handler}: a UTF-8 sheet, which is what Excel, LibreOffice
   * and netwerkscan write, through {@link SheetScanner}; any other encoding through Aalto.
   */
  void parse(InputStream in, RowHandler handler) throws IOException, XMLStreamException, SurveyException {
    byte[] head = in.readNBytes(SheetScanner.HEAD);
    this.handler = handler;
    if (SheetScanner.reads(head)) {
      new SheetScanner(head, in, this).scan();
    } else {
      parseWithStax(new SequenceInputStream(new ByteArrayInputStream(head), in), handler);
    }
  }

  /** Aalto's StAX parser: the general path, and the reference the scanner is tested against. */
  void parseWithStax(InputStream in, RowHandler handler) throws XMLStreamException, SurveyException {
    this.handler = handler;
    XMLStreamReader2 xml = (XMLStreamReader2) XlsxSource.open(in);
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          switch (name) {
            case "row" -> {
              String r = xml.getAttributeValue(null, "r");
              startRow(r == null ? NO_NUMBER : Integer.parseInt(r));
            }
            case "dimension" -> dimension(xml.getAttributeValue(null, "ref"));
            case "c" -> {
              attributes.read(xml);
              startCell();
            }
            case "v" -> start(VALUE);
            case "t" -> start(TEXT);
            default -> { }
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (wantsText()) {
            characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (xml.getLocalName()) {
            case "v" -> end(VALUE);
            case "t" -> end(TEXT);
            case "c" -> end(CELL);
            case "row" -> end(ROW);
            default -> { }
          }
        }
      }
    } finally {
      xml.close();
    }
  }

  /** The elements whose start or end matters, as both readers name them to this class. */
  static final int VALUE = 1;
  static final int TEXT = 2;
  static final int CELL = 3;
  static final int ROW = 4;

  /** A row without its r attribute: it follows the previous one. */
  static final int NO_NUMBER = Integer.MIN_VALUE;

  void start(int element) {
    if (element == VALUE) {
      inValue = true;
    } else if (element == TEXT) {
      inInlineText = attributes.type() == CellAttributes.Type.INLINE;
    }
  }

  void end(int element) throws SurveyException {
    switch (element) {
      case VALUE -> inValue = false;
      case TEXT -> inInlineText = false;
      case CELL -> endCell();
      case ROW -> handler.row(new RawRow(rowNumber, Arrays.copyOf(cells, width)));
      default -> { }
    }
  }

  /** Whether the text at this point is a cell's: its value, or the text of an inline string. */
  boolean wantsText() {
    return inValue || inInlineText;
  }

  void characters(char[] text, int start, int length) {
    if (inValue) {
      value.append(text, start, length);
    } else if (inInlineText) {
      inline.append(text, start, length);
    }
  }

  /** The attributes of the cell about to start, for the scanner to fill. */
  CellAttributes attributes() {
    return attributes;
  }

  /** {@code <dimension ref="A1:L1000003"/>}: the sheet's last row, for the progress display. */
  void dimension(String ref) {
    if (ref == null || ref.indexOf(':') < 0) {
      return;
    }
    String last = ref.substring(ref.indexOf(':') + 1).replaceAll("[A-Z]", "");
    if (!last.isEmpty() && last.length() < 10) {
      progress.expect(Long.parseLong(last));
    }
  }

  void startRow(int number) {
    rowNumber = number == NO_NUMBER ? rowNumber + 1 : number;
    Arrays.fill(cells, 0, width, null);
    width = 0;
    column = -1;
  }

  /** A cell starts, its attributes read. */
  void startCell() {
    column = attributes.hasReference() ? attributes.column() : column + 1;
    if (column < 0 || column >= MAX_COLUMNS) {
      // Excel has 16,384 columns; a reference beyond (or garbage such as "ZZZZZZ1") would make
      // the row array gigabytes long, so such a sheet is damaged, not large.
      throw new IllegalStateException("cell reference out of range in row " + rowNumber);
    }
    value.clear();
    inline.clear();
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
    CellAttributes.Type type = attributes.type();
    if (type == CellAttributes.Type.NUMBER) {
      if (value.length == 0) {
        return null;
      }
      if (dateStyles.isDate(attributes.style())) {
        return pool.of(CellText.date(Double.parseDouble(value.toString())));
      }
      int integerLength = value.plainIntegerLength();
      return integerLength > 0 ? pool.of(value.chars, 0, integerLength) : pool.of(CellText.number(value.toString()));
    }
    return switch (type) {
      case SHARED -> sharedString(value.index());
      case INLINE -> pool.of(inline.chars, 0, inline.length);
      case BOOLEAN -> CellText.bool("1".equals(value.toString().trim()));
      // str: a formula's cached text; e: an error such as #DIV/0!, kept as its text
      default -> pool.of(value.chars, 0, value.length);
    };
  }

  private String sharedString(int index) {
    if (index < shared.length && shared[index] != null) {
      return shared[index];
    }
    // POI first: it throws for an index beyond the table, before the cache grows to it.
    String text = pool.of(strings.text(index));
    if (index >= shared.length) {
      shared = Arrays.copyOf(shared, Math.max(index + 1, shared.length * 2));
    }
    shared[index] = text;
    return text;
  }

  /** A growing character buffer whose array the pool can read without a copy. */
  static final class TextBuffer {
    char[] chars = new char[64];
    int length;

    void clear() {
      length = 0;
    }

    void append(char[] source, int start, int count) {
      if (length + count > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(length + count, chars.length * 2));
      }
      System.arraycopy(source, start, chars, length, count);
      length += count;
    }

    /**
     * The length of the whole-number part when the buffer holds a whole number as Excel stores
     * it ("3", "12.0"), with no sign or leading zero and at most 15 digits, so that the part is
     * exactly what {@link CellText#number(String)} would give; 0 for anything else.
     */
    int plainIntegerLength() {
      int digits = 0;
      while (digits < length && chars[digits] >= '0' && chars[digits] <= '9') {
        digits++;
      }
      if (digits == 0 || digits > 15 || (chars[0] == '0' && digits > 1)) {
        return 0;
      }
      if (digits == length) {
        return digits;
      }
      if (chars[digits] != '.' || digits + 1 == length) {
        return 0;
      }
      for (int i = digits + 1; i < length; i++) {
        if (chars[i] != '0') {
          return 0;
        }
      }
      return digits;
    }

    /** The buffer as a shared-string index, like {@code Integer.parseInt(toString().trim())}. */
    int index() {
      int start = 0;
      int end = length;
      while (start < end && chars[start] <= ' ') {
        start++;
      }
      while (end > start && chars[end - 1] <= ' ') {
        end--;
      }
      if (start == end || end - start > 9) {
        return Integer.parseInt(toString().trim()); // throws for empty, or overflows honestly
      }
      int index = 0;
      for (int i = start; i < end; i++) {
        char c = chars[i];
        if (c < '0' || c > '9') {
          throw new NumberFormatException("not a shared-string index: " + toString());
        }
        index = index * 10 + (c - '0');
      }
      return index;
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }
}
