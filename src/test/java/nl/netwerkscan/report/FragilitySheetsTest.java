package nl.netwerkscan.report;

import static nl.netwerkscan.report.ExcelReportTest.rowValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.text.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets 7 and 8, the Scenario sheet and Critical dependencies, written and read back. */
class FragilitySheetsTest {
  @TempDir Path dir;

  /**
   * MTW: Anna, Bert, Cor all to Jansen, dependency 5, trust 2: resilience 1, high risk,
   * critical (low trust, fragile). GGz: Anna–X, Bert–X, Bert–Y: share 2/3, resilience 2,
   * medium. SVB: Anna, one unnamed mention: 1 contact, low; Anna is alone on our side there.
   */
  private static Survey survey() {
    return TestSurveys.builder()
        .contact("Anna", "MTW", "Jansen", 0, 0, 5, 0, 0, 0, 2)
        .contact("Bert", "MTW", "Jansen", 0, 0, 5, 0, 0, 0, 2)
        .contact("Cor", "MTW", "Jansen", 0, 0, 5, 0, 0, 0, 2)
        .contact("Anna", "GGz", "X")
        .contact("Bert", "GGz", "X")
        .contact("Bert", "GGz", "Y")
        .contact("Anna", "SVB", null)
        .build();
  }

  private Workbook write(Messages messages, List<String> leave) throws Exception {
    Survey survey = survey();
    Path file = dir.resolve("rapport.xlsx");
    ReportContent content =
        ReportContent.analyse(
            survey,
            ContactNetwork.of(survey, "Sociale Dienst"),
            FragilityAnalysis.Thresholds.DEFAULTS,
            leave);
    ExcelReport.write(file, content, messages);
    return WorkbookFactory.create(file.toFile());
  }

  /**
   * Sheets 7 and 8 (and Scenario) after In-house, then Response, Critical dependencies, sheets
   * 11-13 (Handover only with --leave), Problems last.
   */
  private static List<String> lastNine(Workbook book) {
    List<String> names = new ArrayList<>();
    book.forEach(sheet -> names.add(sheet.getSheetName()));
    return names.subList(names.size() - 9, names.size());
  }

  @Test
  void fragileContactsHaveTheContractColumnsAndNumericCells() throws Exception {
    try (Workbook book = write(Messages.of(Messages.DUTCH), List.of())) {
      Sheet sheet = book.getSheet("Kwetsbare contacten");
      assertEquals(
          List.of("Organisatie", "Soort", "Medewerkers", "Contacten", "Externe personen",
              "Meest genoemde persoon", "Aandeel meest genoemde", "Veerkracht", "Risico",
              "Toelichting"),
          rowValues(sheet, 0));
      assertEquals(
          List.of("MTW", "Onbekend", 3.0, 3.0, 1.0, 3.0, 1.0, 1.0, "hoog",
              "Alle contact loopt via één externe persoon: Jansen."),
          rowValues(sheet, 1));
      // GGz: share 2/3 as a fraction with a percentage format; no explanation (blank cell).
      assertEquals(
          List.of("GGz", "Onbekend", 2.0, 3.0, 2.0, 2.0, 2.0 / 3, 2.0, "midden"),
          rowValues(sheet, 2));
      Cell share = sheet.getRow(2).getCell(6);
      assertEquals(CellType.NUMERIC, share.getCellType());
      assertEquals("0.0%", share.getCellStyle().getDataFormatString());
      assertNull(sheet.getRow(2).getCell(9));
      assertEquals(List.of("SVB", "Onbekend", 1.0, 1.0, 0.0, 0.0, 0.0, 1.0, "laag"), rowValues(sheet, 3));
      assertNull(sheet.getRow(4));
      // The Summary counts the high-risk organisations.
      assertEquals(List.of("Hoog risico", 1.0), rowValues(book.getSheet("Samenvatting"), 10));
    }
  }

  @Test
  void departuresListThePersonAloneOnTheirSideButNeverTheUnnamedNode() throws Exception {
    try (Workbook book = write(Messages.of(Messages.DUTCH), List.of())) {
      Sheet sheet = book.getSheet("Vertrekscenario");
      assertEquals(List.of("Persoon", "Kant", "Organisatie", "Contacten"), rowValues(sheet, 0));
      assertEquals(List.of("Anna", "intern", "SVB", 1.0), rowValues(sheet, 1));
      assertEquals(List.of("Jansen", "extern", "MTW", 3.0), rowValues(sheet, 2));
      assertNull(sheet.getRow(3));
    }
  }

  @Test
  void criticalDependenciesShowTheFiguresAndReasons() throws Exception {
    try (Workbook book = write(Messages.of(Messages.DUTCH), List.of())) {
      Sheet sheet = book.getSheet("Kritieke afhankelijkheden");
      assertEquals(
          List.of("Organisatie", "Soort", "Afhankelijkheid", "Betrouwbaarheid", "Vertrouwen",
              "Risico", "Veerkracht", "Contacten", "Reden"),
          rowValues(sheet, 0));
      // Reliability unanswered: a blank cell, not 0.
      assertNull(sheet.getRow(1).getCell(3));
      assertEquals(
          List.of("MTW", "Onbekend", 5.0, 2.0, "hoog", 1.0, 3.0,
              "afhankelijk, maar vertrouwen gemiddeld 3 of lager; "
                  + "afhankelijk, en het contact hangt aan één persoon (hoog risico)"),
          rowValues(sheet, 1));
      assertEquals("0.00", sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString());
      assertNull(sheet.getRow(2));
    }
  }

  @Test
  void sheetsStandInContractOrderAndScenarioOnlyWithLeave() throws Exception {
    try (Workbook book = write(Messages.of(Messages.DUTCH), List.of())) {
      assertEquals(
          List.of("Afstanden per functiegroep", "Inpandig", "Kwetsbare contacten", "Vertrekscenario", "Respons",
              "Kritieke afhankelijkheden", "Acties", "Medewerkers", "Problemen"),
          lastNine(book));
    }
    try (Workbook book = write(Messages.of(Messages.DUTCH), List.of("jansen", "Niemand"))) {
      assertEquals(
          List.of("Kwetsbare contacten", "Vertrekscenario", "Scenario", "Respons",
              "Kritieke afhankelijkheden", "Acties", "Medewerkers", "Overdracht", "Problemen"),
          lastNine(book));
      Sheet scenario = book.getSheet("Scenario");
      assertEquals(
          List.of("Organisatie", "Soort", "Gevolg", "Vertrekkers", "Veerkracht voor",
              "Veerkracht na", "Contacten", "Contacten weg"),
          rowValues(scenario, 0));
      assertEquals(
          List.of("MTW", "Onbekend", "geen contact meer", "Jansen (extern)", 1.0, 0.0, 3.0, 3.0),
          rowValues(scenario, 1));
      assertNull(scenario.getRow(2));
    }
  }

  @Test
  void englishReportSaysItInEnglish() throws Exception {
    try (Workbook book = write(Messages.of(Messages.ENGLISH), List.of("Anna"))) {
      assertEquals(
          List.of("Fragile contacts", "Departures", "Scenario", "Response",
              "Critical dependencies", "Actions", "Staff", "Handover", "Problems"),
          lastNine(book));
      Sheet fragile = book.getSheet("Fragile contacts");
      assertEquals(
          List.of("Organisation", "Type", "Staff", "Contacts", "External persons",
              "Most-named person", "Most-named share", "Resilience", "Risk", "Explanation"),
          rowValues(fragile, 0));
      assertEquals("high", fragile.getRow(1).getCell(8).getStringCellValue());
      assertEquals(
          "All contact runs through one external person: Jansen.",
          fragile.getRow(1).getCell(9).getStringCellValue());
      assertEquals("medium", fragile.getRow(2).getCell(8).getStringCellValue());
      assertEquals("low", fragile.getRow(3).getCell(8).getStringCellValue());
      assertEquals(List.of("Anna", "internal", "SVB", 1.0), rowValues(book.getSheet("Departures"), 1));
      assertEquals(List.of("Person", "Side", "Organisation", "Contacts"), rowValues(book.getSheet("Departures"), 0));
      // Anna leaves: SVB loses all contact (1 row); GGz 2 -> 1 (1 row); MTW keeps Bert and Cor
      // (1 -> 1, fewer contacts, 1 row).
      Sheet scenario = book.getSheet("Scenario");
      assertEquals(
          List.of("SVB", "Unknown", "no contact left", "Anna (internal)", 1.0, 0.0, 1.0, 1.0),
          rowValues(scenario, 1));
      assertEquals(
          List.of("GGz", "Unknown", "more fragile", "Anna (internal)", 2.0, 1.0, 3.0, 1.0),
          rowValues(scenario, 2));
      assertEquals(
          List.of("MTW", "Unknown", "fewer contacts", "Anna (internal)", 1.0, 1.0, 3.0, 1.0),
          rowValues(scenario, 3));
      Sheet critical = book.getSheet("Critical dependencies");
      assertEquals(
          "depended on, but trust 3 or lower on average; "
              + "depended on, and the relation hangs on one person (high risk)",
          critical.getRow(1).getCell(8).getStringCellValue());
    }
  }
}
