package nl.netwerkscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.netwerkscan.analysis.ActionSurveys;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.text.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets 11-13, Acties, Medewerkers and Overdracht, written and read back in both languages. */
class ActionSheetsTest {
  private static final List<String> LEAVE = List.of("Jansen", "Anna", "dirk", "Nobody");

  @TempDir Path dir;

  private Workbook write(Messages messages, List<String> leave) throws Exception {
    Survey survey = ActionSurveys.actions();
    Path file = dir.resolve(messages.get("report.file.workbook"));
    ReportContent content =
        ReportContent.analyse(
            survey, ContactNetwork.of(survey, "Sociale Dienst"), FragilityAnalysis.Thresholds.DEFAULTS, leave);
    ExcelReport.write(file, content, messages);
    return WorkbookFactory.create(file.toFile());
  }

  /** The row's first {@code width} cells, a blank cell as "" and numbers as doubles. */
  private static List<Object> cells(Sheet sheet, int row, int width) {
    Row r = sheet.getRow(row);
    List<Object> values = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      Cell cell = r.getCell(c);
      values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
    }
    return values;
  }

  /** The cells of {@code row} at the given columns, as {@link #cells} reads them. */
  private static List<Object> columns(Sheet sheet, int row, int... columns) {
    List<Object> all = cells(sheet, row, 10);
    List<Object> picked = new ArrayList<>();
    for (int column : columns) {
      picked.add(all.get(column));
    }
    return picked;
  }

  /** A cell's fill as ARGB hex, "none" without one. */
  private static String fill(Cell cell) {
    XSSFColor colour = (XSSFColor) cell.getCellStyle().getFillForegroundColorColor();
    return colour == null ? "none" : colour.getARGBHex();
  }

  @Test
  void actionsHaveTheContractColumnsOneRowPerActionInPriorityOrder() throws Exception {
    try (Workbook book = write(Messages.of(Messages.DUTCH), List.of())) {
      Sheet sheet = book.getSheet("Acties");
      assertEquals(
          List.of("Prioriteit", "Organisatie", "Soort", "Risico", "Veerkracht", "Actie", "Wie", "Met wie",
              "Stappen", "Waarom"),
          cells(sheet, 0, 10));
      assertEquals(
          List.of(1.0, "MTW", "Werk", "hoog", 1.0, "Vraag Jansen een tweede contactpersoon te introduceren",
              "Anna", "Jansen", 1.0,
              "Al onze 4 contacten met MTW lopen via Jansen: als Jansen vertrekt, zijn we MTW kwijt."),
          cells(sheet, 1, 10));
      assertEquals(
          List.of(2.0, "SVB", "CWI", "hoog", 1.0, "Vraag SVB om een vaste contactpersoon met naam", "Bert", "",
              1.0, "Niemand noemt een contactpersoon bij SVB bij naam (3 contacten): zonder vast aanspreekpunt"
                  + " hangt het contact af van wie er toevallig opneemt."),
          cells(sheet, 2, 10));
      assertEquals(
          List.of(3.0, "GeldZorg", "Geld", "hoog", 1.0, "Dirk introduceert een collega", "Dirk", "Fay of Gijs",
              1.0, "Alleen Dirk heeft contact met GeldZorg (4 contacten): als Dirk vertrekt, zijn we GeldZorg kwijt."),
          cells(sheet, 3, 10));
      // Both sides single: both actions under one priority, two steps each.
      assertEquals(List.of(4.0, "Alfacollege", "Eva introduceert een collega", "Eva", "Gijs of Anna", 2.0),
          columns(sheet, 4, 0, 1, 5, 6, 7, 8));
      assertEquals(List.of(4.0, "Alfacollege", "Vraag Kees een tweede contactpersoon te introduceren", "Eva", "Kees", 2.0),
          columns(sheet, 5, 0, 1, 5, 6, 7, 8));
      assertEquals(
          List.of(5.0, "GGz", "Zorg", "midden", 2.0, "X introduceert een tweede persoon bij GGz", "Anna", "X", 0.0,
              "X draagt 67% van onze 3 contacten met GGz: een tweede persoon daar maakt ons minder afhankelijk"
                  + " van één persoon."),
          cells(sheet, 6, 10));
      assertNull(sheet.getRow(7)); // the five low-risk organisations have no row
      assertNull(book.getSheet("Overdracht")); // only with --leave
    }
  }

  /** Risk cells in the diagrams' colours, tinted: high light red, medium light orange, low none. */
  @Test
  void riskCellsAreFilledByLevel() throws Exception {
    try (Workbook book = write(Messages.of(Messages.DUTCH), List.of())) {
      Sheet fragile = book.getSheet("Kwetsbare contacten");
      java.util.Map<String, String> fills = new java.util.TreeMap<>();
      for (int r = 1; r <= fragile.getLastRowNum(); r++) {
        Cell risk = fragile.getRow(r).getCell(8);
        fills.put(risk.getStringCellValue(), fill(risk));
      }
      assertEquals(java.util.Map.of("hoog", "FFF4CCCC", "midden", "FFFCE4CC", "laag", "none"), fills);
      Cell medium = book.getSheet("Acties").getRow(6).getCell(3);
      assertEquals("midden", medium.getStringCellValue());
      assertEquals("FFFCE4CC", fill(medium));
    }
  }

  @Test
  void englishActionsAndStaff() throws Exception {
    try (Workbook book = write(Messages.of(Messages.ENGLISH), List.of())) {
      Sheet actions = book.getSheet("Actions");
      assertEquals(
          List.of("Priority", "Organisation", "Type", "Risk", "Resilience", "Action", "Who", "With whom", "Steps",
              "Why"),
          cells(actions, 0, 10));
      assertEquals(
          List.of(3.0, "GeldZorg", "Finance", "high", 1.0, "Dirk introduces a colleague", "Dirk", "Fay or Gijs", 1.0,
              "Only Dirk has contact with GeldZorg (4 contacts): if Dirk leaves, we lose GeldZorg."),
          cells(actions, 3, 10));
      Sheet staff = book.getSheet("Staff");
      assertEquals(
          List.of("Respondent", "Function", "Contacts", "Organisations", "Types", "Sole link at",
              "Organisations where sole link", "In-house share", "Spread", "Key person"),
          cells(staff, 0, 10));
      assertEquals(
          List.of("Hans", "Financial consultant", 5.0, 3.0, 1.0, 3.0, "Bank; Budgetbureau; Schuldhulp", "", 0.0, "yes"),
          cells(staff, 1, 10));
    }
  }

  /**
   * Hans (3 sole links), Dirk and Eva (1 each, Dirk has more contacts), then by contacts: Bert 6,
   * Anna 5, Cor and Gijs 3 (by name), Fay 1. Bert's types: work 1, job centre 2, care 2, housing
   * 1 of 6, so his spread is 1 − 10/36.
   */
  @Test
  void staffPortfolioRowsAndMarks() throws Exception {
    try (Workbook book = write(Messages.of(Messages.DUTCH), List.of())) {
      Sheet sheet = book.getSheet("Medewerkers");
      List<Object> names = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertEquals(List.of("Hans", "Dirk", "Eva", "Bert", "Anna", "Cor", "Gijs", "Fay"), names);
      assertEquals(
          List.of("Dirk", "Financieel consulent", 4.0, 1.0, 1.0, 1.0, "GeldZorg", "", 0.0, "ja"),
          cells(sheet, 2, 10));
      List<Object> bert = cells(sheet, 4, 10);
      assertEquals(List.of("Bert", "Onbekend", 6.0, 4.0, 4.0, 0.0, "", ""), bert.subList(0, 8));
      assertEquals(1 - 10.0 / 36, (double) bert.get(8), 1e-12);
      assertEquals("nee", bert.get(9));
      // Dirk's spread rests on 4 contacts: muted as a small group; Bert's on 6: not. The
      // explanation stands once, on the column header, not on each cell.
      assertEquals(true, font(book, sheet.getRow(2).getCell(8)).getItalic());
      assertEquals(false, font(book, sheet.getRow(4).getCell(8)).getItalic());
      assertNull(sheet.getRow(2).getCell(8).getCellComment());
      assertEquals("Grijs cursief: het cijfer berust op minder dan 5 rijen: lees met zorg.",
          sheet.getRow(0).getCell(8).getCellComment().getString().getString());
      assertNotNull(sheet.getRow(0).getCell(7).getCellComment());
    }
  }

  private static org.apache.poi.ss.usermodel.Font font(Workbook book, Cell cell) {
    return book.getFontAt(cell.getCellStyle().getFontIndex());
  }

  @Test
  void handoverPerLeaverInTheOrderGivenAndTheSheetsInOrder() throws Exception {
    try (Workbook book = write(Messages.of(Messages.DUTCH), LEAVE)) {
      Sheet sheet = book.getSheet("Overdracht");
      assertEquals(
          List.of("Vertrekt", "Kant", "Organisatie", "Contacten", "Kent daar", "Opvolger", "Reden"),
          cells(sheet, 0, 7));
      assertEquals(
          List.of("Jansen", "extern", "MTW", 4.0, "Bert, Cor", "",
              "Vraag MTW om een opvolger voor Jansen; bij ons kenden Bert, Cor deze persoon."),
          cells(sheet, 1, 7));
      assertEquals(
          List.of("Anna", "intern", "MTW", 2.0, "Jansen", "Bert", "Bert heeft al 1 contact met MTW."),
          cells(sheet, 2, 7));
      assertEquals(
          List.of("Anna", "intern", "SVB", 1.0, "", "Bert", "Bert heeft al 2 contacten met SVB."),
          cells(sheet, 4, 7));
      assertEquals(
          List.of("Dirk", "intern", "GeldZorg", 4.0, "X, Y, Z", "Fay",
              "Niemand anders heeft contact met GeldZorg; voorgesteld: Fay (Financieel consulent, 1 contact met de"
                  + " soort Geld)."),
          cells(sheet, 6, 7));
      assertNull(sheet.getRow(7)); // Nobody matched nobody: no row
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      assertEquals(
          List.of("Kritieke afhankelijkheden", "Acties", "Medewerkers", "Overdracht", "Problemen"),
          names.subList(names.size() - 5, names.size()));
    }
  }

  /** On the example survey: the fragile organisations of sheet 7 are exactly those of Acties. */
  @Test
  void everyHighAndMediumRiskOrganisationOfTheExampleHasAnAction() throws Exception {
    Survey survey = SurveyReader.read(Path.of("surveys/voorbeeld-2024.xlsx"), ImportOptions.defaults());
    Path file = dir.resolve("voorbeeld.xlsx");
    ExcelReport.write(
        file, ReportContent.analyse(survey, "Sociale Dienst", FragilityAnalysis.Thresholds.DEFAULTS, List.of()),
        Messages.of(Messages.DUTCH));
    try (Workbook book = WorkbookFactory.create(file.toFile())) {
      Set<String> fragile = new TreeSet<>();
      Sheet fragileSheet = book.getSheet("Kwetsbare contacten");
      for (int r = 1; r <= fragileSheet.getLastRowNum(); r++) {
        if (!fragileSheet.getRow(r).getCell(8).getStringCellValue().equals("laag")) {
          fragile.add(fragileSheet.getRow(r).getCell(0).getStringCellValue());
        }
      }
      Set<String> acted = new TreeSet<>();
      Sheet actions = book.getSheet("Acties");
      for (int r = 1; r <= actions.getLastRowNum(); r++) {
        acted.add(actions.getRow(r).getCell(1).getStringCellValue());
      }
      assertEquals(9, fragile.size()); // 4 high and 5 medium, as the terminal of the example says
      assertEquals(fragile, acted);
      assertEquals(9, actions.getLastRowNum()); // all 4 high carried by their single person: one row each
    }
  }

  @Test
  void englishHandoverOfAnExternalPerson() throws Exception {
    try (Workbook book = write(Messages.of(Messages.ENGLISH), List.of("Jansen"))) {
      Sheet sheet = book.getSheet("Handover");
      assertEquals(
          List.of("Leaving", "Side", "Organisation", "Contacts", "Knows there", "Successor", "Reason"),
          cells(sheet, 0, 7));
      assertEquals(
          List.of("Jansen", "external", "MTW", 4.0, "Anna, Bert, Cor", "",
              "Ask MTW for a successor to Jansen; here Anna, Bert, Cor knew them."),
          cells(sheet, 1, 7));
    }
  }
}
