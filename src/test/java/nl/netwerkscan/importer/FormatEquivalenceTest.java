package nl.netwerkscan.importer;

import static nl.netwerkscan.importer.SurveyFiles.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.netwerkscan.cli.Cli;
import nl.netwerkscan.generate.SyntheticSurveyGenerator;
import nl.netwerkscan.importer.SurveyFiles.CsvStyle;
import nl.netwerkscan.importer.SurveyFiles.Format;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale issue's promise: the large-file path (.xlsx, streamed through {@link XlsxSource} and
 * {@link SheetXmlParser}) and the small-file paths (.xls through POI's usermodel in {@link
 * XlsSource}, .csv through Commons CSV in {@link CsvSource}) give identical reports on the same
 * survey, here a survey of 50,000 rows made by the {@code generate} command ({@link
 * SyntheticSurveyGenerator}) with a fixed seed.
 *
 * <p>The generator writes three sheets: Contacten, Organisaties (the invented organisations and
 * their aliases) and the Medewerkers roster. A CSV carries the contacts alone, and without the
 * roster a report differs by design (functions the roster fills in, the Response sheet), so the
 * survey is compared in two pairs, each with exactly the same content on both sides:
 *
 * <ul>
 *   <li>the generated .xlsx itself against an .xls copy of all three sheets, cell by cell with
 *       the same cell types (a number stays a number, the text "3" stays text);
 *   <li>a .csv of the Contacten sheet against an .xlsx of the same sheet alone, both run with
 *       the Organisaties sheet as {@code --organisations} file (also a CSV);
 *   <li>the generated .xlsx (inline strings) against the same survey generated with {@code
 *       --shared-strings}, its text in the shared-strings table as Excel stores it.
 * </ul>
 *
 * <p>Each pair is run through {@code analyse} with the same {@code --home} and {@code --year}.
 * Compared are every cell of every sheet of the report workbook (type and raw value), every
 * other file of the report folder byte for byte (GraphML, GEXF, PNG and SVG) except the slides,
 * whose subtitle names the survey file, and the terminal output apart from the report folder's
 * path. The one legitimate difference: a CSV has no sheets, so the importer names the file
 * where a workbook names its sheet, in the Blad column of the Problems sheet; exactly those cells
 * ("Contacten" against the CSV's file name) are allowed to differ.
 *
 * <p>The generated survey is read back with POI's package reader and a few lines of StAX rather
 * than the usermodel: an XSSF usermodel of 50,000 rows takes about 400 MB, most of the
 * suite's 512 MB heap.
 */
class FormatEquivalenceTest {
  private static final int ROWS = 50_000;
  private static final long SEED = 2024;
  private static final String HOME = "Sociale Dienst Noorderkwartier";
  private static final String YEAR = "2024";

  // What this seed gives, the same on every path: concrete, so that a change to the rows shows.
  private static final long READ = ROWS;
  private static final long USED = 49_869;
  private static final long REJECTED = 62;
  private static final long DUPLICATES = 69;
  /** All the problems listed: every one was found on the Contacten sheet. */
  private static final int PROBLEMS_FROM_CONTACTS = 191;

  private static final String CONTACTS = "Contacten";
  private static final String ORGANISATIONS = "Organisaties";
  private static final String STAFF = "Medewerkers";
  private static final String PROBLEMS = "Problemen";
  private static final String WORKBOOK = "rapport.xlsx";
  private static final String SLIDES = "presentatie.pptx";

  private static final String CONTACTS_CSV = "contacten-2024.csv";

  @TempDir static Path dir;

  private static Path generated;
  private static Path xls;
  private static Path contactsXlsx;
  private static Path contactsCsv;
  private static Path organisationsCsv;

  @BeforeAll
  static void writeTheSurveyInEveryFormat() throws Exception {
    generated = dir.resolve("enquete-2024.xlsx");
    StringWriter err = new StringWriter();
    String[] generate = {"generate", generated.toString(), "--rows", String.valueOf(ROWS), "--seed", String.valueOf(SEED)};
    assertEquals(0, Cli.run(generate, new PrintWriter(new StringWriter()), new PrintWriter(err)), err::toString);

    Map<String, List<Object[]>> sheets = GeneratedSheets.read(generated);
    assertEquals(List.of(CONTACTS, ORGANISATIONS, STAFF), List.copyOf(sheets.keySet()));
    List<Object[]> contacts = sheets.get(CONTACTS);
    assertEquals(1 + ROWS, contacts.size(), "the header and 50,000 data rows");

    xls =
        SurveyFiles.workbook(
            dir.resolve("enquete-2024.xls"),
            Format.XLS,
            sheet(CONTACTS, contacts.toArray(Object[][]::new)),
            sheet(ORGANISATIONS, sheets.get(ORGANISATIONS).toArray(Object[][]::new)),
            sheet(STAFF, sheets.get(STAFF).toArray(Object[][]::new)));
    contactsCsv = SurveyFiles.csv(dir.resolve(CONTACTS_CSV), CsvStyle.DEFAULT, contacts.toArray(Object[][]::new));
    contactsXlsx = contactsWorkbook(dir.resolve("contacten-2024.xlsx"), CONTACTS, contacts);
    organisationsCsv =
        SurveyFiles.csv(dir.resolve("organisaties.csv"), CsvStyle.DEFAULT, sheets.get(ORGANISATIONS).toArray(Object[][]::new));
  }

  @Test
  void anXlsCopyOfTheGeneratedSurveyGivesTheSameReportAsTheStreamedXlsx() throws IOException {
    Report streamed = analyse(generated, "xlsx");
    Report usermodel = analyse(xls, "xls");

    assertSameReport(streamed, usermodel, (sheet, row, column, expected, actual) -> false);
    assertCounts(streamed);
  }

  @Test
  void aCsvOfTheContactsGivesTheSameReportAsAStreamedXlsxOfThem() throws IOException {
    Report streamed = analyse(contactsXlsx, "contacts-xlsx", "--organisations", organisationsCsv.toString());
    Report csv = analyse(contactsCsv, "contacts-csv", "--organisations", organisationsCsv.toString());

    int[] renamed = new int[1];
    assertSameReport(
        streamed,
        csv,
        (sheet, row, column, expected, actual) -> {
          // Problemen, column A (Blad) below the header: the sheet a problem was found on
          boolean sheetNamed =
              sheet.equals(PROBLEMS)
                  && row > 0
                  && column == 0
                  && expected.equals(text(CONTACTS))
                  && actual.equals(text(CONTACTS_CSV));
          renamed[0] += sheetNamed ? 1 : 0;
          return sheetNamed;
        });
    assertEquals(PROBLEMS_FROM_CONTACTS, renamed[0], "problems whose Blad names the CSV file instead of Contacten");
    assertCounts(streamed);
  }

  @Test
  void theSameSurveyStoredWithSharedStringsAsExcelDoesGivesTheSameReport() throws Exception {
    Path shared = Files.createDirectories(dir.resolve("gedeeld")).resolve(generated.getFileName());
    StringWriter err = new StringWriter();
    String[] generate = {
      "generate", shared.toString(), "--rows", String.valueOf(ROWS), "--seed", String.valueOf(SEED), "--shared-strings"
    };
    assertEquals(0, Cli.run(generate, new PrintWriter(new StringWriter()), new PrintWriter(err)), err::toString);
    // every row has at least its respondent and organisation as text
    assertTrue(sharedStringCells(shared) > 2L * ROWS, "text stored in the shared-strings table");

    Report inline = analyse(generated, "inline");
    Report sharedStrings = analyse(shared, "shared-strings");

    assertSameReport(inline, sharedStrings, (sheet, row, column, expected, actual) -> false);
    assertCounts(sharedStrings);
  }

  /** How many cells of the Contacten sheet are shared strings ({@code t="s"}). */
  private static long sharedStringCells(Path file) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        InputStream in = new XSSFReader(pkg).getSheetsData().next()) {
      XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
      long count = 0;
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && xml.getLocalName().equals("c")
            && "s".equals(xml.getAttributeValue(null, "t"))) {
          count++;
        }
      }
      xml.close();
      return count;
    }
  }

  /** Rows read, used, rejected and duplicate: the first four lines of Samenvatting. */
  private static void assertCounts(Report report) throws IOException {
    try (Workbook book = WorkbookFactory.create(report.folder().resolve(WORKBOOK).toFile(), null, /* readOnly= */ true)) {
      Sheet summary = book.getSheet("Samenvatting");
      List<Long> counts = new ArrayList<>();
      for (int row = 1; row <= 4; row++) {
        counts.add((long) summary.getRow(row).getCell(1).getNumericCellValue());
      }
      assertEquals(List.of(READ, USED, REJECTED, DUPLICATES), counts, "rows read, used, rejected, duplicate");
    }
    assertEquals(READ, USED + REJECTED + DUPLICATES, "nothing dropped silently");
  }

  // --- running the command line ---

  /** A written report folder and what the command printed on the terminal. */
  private record Report(Path folder, String out) {}

  private static Report analyse(Path survey, String reportName, String... options) {
    Path folder = dir.resolve("report-" + reportName);
    List<String> args = new ArrayList<>(List.of("analyse", survey.toString(), "--out", folder.toString(), "--home", HOME, "--year", YEAR));
    args.addAll(List.of(options));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, status, () -> survey.getFileName() + ": " + err);
    assertEquals("", err.toString(), survey.getFileName().toString());
    return new Report(folder, out.toString());
  }

  // --- comparing two report folders ---

  /** A cell that may differ between the two reports, and why: see the class comment. */
  private interface Allowed {
    boolean test(String sheet, int row, int column, String expected, String actual);
  }

  /** The workbook cell by cell, the other files but the slides byte for byte, then the terminal. */
  private static void assertSameReport(Report expected, Report actual, Allowed allowed) throws IOException {
    assertEquals(files(expected.folder()), files(actual.folder()), "the files of the report folder");
    assertSameCells(expected.folder().resolve(WORKBOOK), actual.folder().resolve(WORKBOOK), allowed);
    for (String file : files(expected.folder())) {
      if (!file.equals(WORKBOOK) && !file.equals(SLIDES)) {
        assertSameBytes(expected.folder().resolve(file), actual.folder().resolve(file));
      }
    }
    assertEquals(
        expected.out().replace(expected.folder().toString(), "REPORT"),
        actual.out().replace(actual.folder().toString(), "REPORT"),
        "the terminal summary");
  }

  private static Set<String> files(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /**
   * Every cell of every sheet, as type and raw value; fails listing the first differences by
   * address ({@code Problemen!A7}) and how many cells differ in all.
   */
  private static void assertSameCells(Path expectedFile, Path actualFile, Allowed allowed) throws IOException {
    try (Workbook expected = WorkbookFactory.create(expectedFile.toFile(), null, /* readOnly= */ true);
        Workbook actual = WorkbookFactory.create(actualFile.toFile(), null, /* readOnly= */ true)) {
      assertEquals(sheetNames(expected), sheetNames(actual), "the sheets of " + WORKBOOK);
      List<String> differences = new ArrayList<>();
      long cells = 0;
      for (Sheet expectedSheet : expected) {
        String name = expectedSheet.getSheetName();
        Sheet actualSheet = actual.getSheet(name);
        int rows = Math.max(expectedSheet.getLastRowNum(), actualSheet.getLastRowNum()) + 1;
        for (int r = 0; r < rows; r++) {
          Row expectedRow = expectedSheet.getRow(r);
          Row actualRow = actualSheet.getRow(r);
          int columns = Math.max(width(expectedRow), width(actualRow));
          for (int c = 0; c < columns; c++) {
            String want = value(expectedRow, c);
            String got = value(actualRow, c);
            cells++;
            if (!want.equals(got) && !allowed.test(name, r, c, want, got)) {
              differences.add(name + "!" + new CellReference(r, c).formatAsString() + ": expected " + want + " but was " + got);
            }
          }
        }
      }
      if (!differences.isEmpty()) {
        fail(
            differences.size() + " of " + cells + " cells of " + WORKBOOK + " differ, first:\n  "
                + String.join("\n  ", differences.subList(0, Math.min(10, differences.size()))));
      }
      assertTrue(cells > 1_000, "a report with content, not two empty workbooks: " + cells + " cells");
    }
  }

  private static List<String> sheetNames(Workbook book) {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  private static int width(Row row) {
    return row == null ? 0 : Math.max(0, row.getLastCellNum());
  }

  /** A cell's type and raw value, so that the number 3 and the text "3" differ. */
  private static String value(Row row, int column) {
    Cell cell = row == null ? null : row.getCell(column);
    if (cell == null) {
      return "(empty)";
    }
    return switch (cell.getCellType()) {
      case STRING -> text(cell.getStringCellValue());
      case NUMERIC -> "number " + cell.getNumericCellValue();
      case BOOLEAN -> "boolean " + cell.getBooleanCellValue();
      case FORMULA -> "formula =" + cell.getCellFormula();
      case ERROR -> "error " + cell.getErrorCellValue();
      default -> "(empty)";
    };
  }

  private static String text(String value) {
    return "text \"" + value + "\"";
  }

  /** The files are tens of megabytes: compared on disk, and a difference shown in context. */
  private static void assertSameBytes(Path expected, Path actual) throws IOException {
    long at = Files.mismatch(expected, actual);
    if (at >= 0) {
      fail(
          expected.getFileName() + " differs from byte " + at + " (sizes " + Files.size(expected) + " and "
              + Files.size(actual) + "):\n  expected …" + around(expected, at) + "…\n  but was  …" + around(actual, at) + "…");
    }
  }

  private static String around(Path file, long at) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long from = Math.max(0, at - 60);
      ByteBuffer bytes = ByteBuffer.allocate(160);
      channel.read(bytes, from);
      return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).replace("\n", "\\n");
    }
  }

  // --- writing the copies ---

  /**
   * An .xlsx of one sheet, streamed by SXSSF with inline strings as the generator writes it (a
   * shared-strings table would cost POI about ten seconds for 600,000 cells).
   */
  private static Path contactsWorkbook(Path file, String name, List<Object[]> rows) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, /* compressTmpFiles= */ false, /* useSharedStringsTable= */ false);
    try (OutputStream out = Files.newOutputStream(file)) {
      SurveyFiles.fill(workbook.createSheet(name), rows);
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
    return file;
  }

  /**
   * Reads the generated workbook's sheets as {@link SurveyFiles} rows: a String per text cell, a
   * Double per numeric cell, null where there is no cell, rows at their sheet positions. Only
   * what the generator writes is understood (inline strings and numbers); anything else fails.
   */
  private static final class GeneratedSheets {
    private GeneratedSheets() {}

    static Map<String, List<Object[]>> read(Path file) throws IOException, OpenXML4JException, XMLStreamException {
      Map<String, List<Object[]>> sheets = new LinkedHashMap<>();
      try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
        XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
        while (iterator.hasNext()) {
          try (InputStream in = iterator.next()) {
            sheets.put(iterator.getSheetName(), rows(in));
          }
        }
      }
      return sheets;
    }

    private static List<Object[]> rows(InputStream in) throws XMLStreamException {
      XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
      List<Object[]> rows = new ArrayList<>();
      List<Object> cells = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      boolean inText = false;
      int column = -1;
      String type = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "row" -> {
              int number = Integer.parseInt(xml.getAttributeValue(null, "r"));
              while (rows.size() < number - 1) {
                rows.add(new Object[0]);
              }
              cells.clear();
            }
            case "c" -> {
              column = new CellReference(xml.getAttributeValue(null, "r")).getCol();
              type = xml.getAttributeValue(null, "t");
              text.setLength(0);
            }
            case "v", "t" -> inText = true;
            default -> {}
          }
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (xml.getLocalName()) {
            case "v", "t" -> inText = false;
            case "c" -> {
              while (cells.size() <= column) {
                cells.add(null);
              }
              cells.set(column, cell(type, text.toString()));
            }
            case "row" -> rows.add(cells.toArray());
            default -> {}
          }
        }
      }
      xml.close();
      return rows;
    }

    private static Object cell(String type, String text) {
      if ("inlineStr".equals(type)) {
        return text;
      }
      if (type == null || "n".equals(type)) {
        return Double.valueOf(text);
      }
      throw new IllegalStateException("the generator wrote a cell of type " + type + ", which this reader does not know");
    }
  }
}
