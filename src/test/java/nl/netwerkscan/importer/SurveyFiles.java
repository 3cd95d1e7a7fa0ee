package nl.netwerkscan.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes real survey files for importer tests: workbooks through POI's own writers (XSSF for
 * .xlsx, HSSF for .xls) and CSV as bytes. A row is an {@code Object[]}: a String becomes a string
 * cell, a Number a numeric cell, null no cell at all; an empty array is a row without cells.
 */
final class SurveyFiles {
  /** The standard Contacten header; the column constants below index into it. */
  static final Object[] HEADER = {
    "Respondent", "Functie", "Organisatie", "Contactpersoon", "Inpandig", "Intensiteit", "Belang",
    "Afhankelijkheid", "Samenwerking", "Deskundigheid", "Betrouwbaarheid", "Vertrouwen"
  };

  static final int RESPONDENT = 0;
  static final int FUNCTION = 1;
  static final int ORGANISATION = 2;
  static final int PERSON = 3;
  static final int IN_HOUSE = 4;
  static final int INTENSITY = 5;
  static final int IMPORTANCE = 6;
  static final int DEPENDENCY = 7;
  static final int COOPERATION = 8;
  static final int EXPERTISE = 9;
  static final int RELIABILITY = 10;
  static final int TRUST = 11;

  static final String CONTACTS = "Contacten";

  private SurveyFiles() {}

  /** The three formats a Contacten sheet may come in. */
  enum Format {
    XLSX("xlsx"),
    XLS("xls"),
    CSV("csv");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    boolean isWorkbook() {
      return this != CSV;
    }
  }

  /** A named sheet and its rows. */
  record SheetRows(String name, List<Object[]> rows) {}

  static SheetRows sheet(String name, Object[]... rows) {
    return new SheetRows(name, Arrays.asList(rows));
  }

  static Object[] row(Object... cells) {
    return cells;
  }

  /** A written survey: the file, and the sheet name its problems carry. */
  record SurveyFile(Path path, String sheet) {}

  /**
   * A survey holding only the Contacten sheet, in {@code format}; a CSV is written with ';', UTF-8
   * without BOM and \n line ends. The file is named {@code name} plus the format's extension.
   */
  static SurveyFile contacts(Path dir, Format format, String name, Object[]... rows) {
    String fileName = name + "." + format.extension;
    if (format == Format.CSV) {
      return new SurveyFile(csv(dir.resolve(fileName), CsvStyle.DEFAULT, rows), fileName);
    }
    return new SurveyFile(workbook(dir.resolve(fileName), format, sheet(CONTACTS, rows)), CONTACTS);
  }

  /** {@link #HEADER} followed by {@code dataRows}: the first data row is row 2. */
  static SurveyFile standard(Path dir, Format format, String name, Object[]... dataRows) {
    Object[][] rows = Stream.concat(Stream.<Object[]>of(HEADER), Arrays.stream(dataRows)).toArray(Object[][]::new);
    return contacts(dir, format, name, rows);
  }

  /** A data row of {@link #HEADER}'s width with the given leading cells, the rest absent. */
  static Object[] data(Object... leading) {
    return Arrays.copyOf(leading, HEADER.length);
  }

  /** A data row with one answer at column {@code column}. */
  static Object[] answer(String respondent, String organisation, int column, Object value) {
    Object[] row = data(respondent, null, organisation);
    row[column] = value;
    return row;
  }

  static Path workbook(Path file, Format format, SheetRows... sheets) {
    if (!format.isWorkbook()) {
      throw new IllegalArgumentException("not a workbook format: " + format);
    }
    try (Workbook workbook = format == Format.XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      for (SheetRows rows : sheets) {
        fill(workbook.createSheet(rows.name()), rows.rows());
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Writes {@code rows} into {@code sheet}: numbers as numbers, anything else as text. */
  static void fill(Sheet sheet, List<Object[]> rows) {
    for (int r = 0; r < rows.size(); r++) {
      Object[] cells = rows.get(r);
      if (cells.length == 0) {
        continue;
      }
      Row row = sheet.createRow(r);
      for (int c = 0; c < cells.length; c++) {
        if (cells[c] != null) {
          set(row.createCell(c), cells[c]);
        }
      }
    }
  }

  private static void set(Cell cell, Object value) {
    if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else {
      cell.setCellValue(value.toString());
    }
  }

  /** How a CSV file is written. */
  record CsvStyle(char separator, boolean bom, String lineEnd, Charset charset) {
    static final CsvStyle DEFAULT = new CsvStyle(';', false, "\n", StandardCharsets.UTF_8);

    CsvStyle separator(char value) {
      return new CsvStyle(value, bom, lineEnd, charset);
    }

    CsvStyle bom(boolean value) {
      return new CsvStyle(separator, value, lineEnd, charset);
    }

    CsvStyle lineEnd(String value) {
      return new CsvStyle(separator, bom, value, charset);
    }

    CsvStyle charset(Charset value) {
      return new CsvStyle(separator, bom, lineEnd, value);
    }
  }

  /** Writes rows as CSV: fields holding the separator, a quote or a line end are quoted. */
  static Path csv(Path file, CsvStyle style, Object[]... rows) {
    StringBuilder text = new StringBuilder();
    for (Object[] row : rows) {
      List<String> fields = new ArrayList<>();
      for (Object cell : row) {
        fields.add(field(cell, style.separator()));
      }
      text.append(String.join(String.valueOf(style.separator()), fields)).append(style.lineEnd());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (style.bom()) {
      bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    bytes.writeBytes(text.toString().getBytes(style.charset()));
    return bytes(file, bytes.toByteArray());
  }

  private static String field(Object cell, char separator) {
    if (cell == null) {
      return "";
    }
    String text = cell instanceof Double d ? CellText.number(d) : cell.toString();
    boolean quote =
        text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  static Path bytes(Path file, byte[] content) {
    try {
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
