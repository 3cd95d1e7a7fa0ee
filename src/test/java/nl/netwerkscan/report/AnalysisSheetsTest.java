package nl.netwerkscan.report;

import static nl.netwerkscan.model.FunctionGroup.BuiltIn.CASE_MANAGER;
import static nl.netwerkscan.model.FunctionGroup.BuiltIn.MANAGER;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CARE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CWI;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.WORK;
import static nl.netwerkscan.report.ExcelReportTest.rowValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.text.Messages;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisSheetsTest {
  @TempDir Path dir;

  // CWI: 2 in-house rows by case manager Anna (5, 5 on intensity; 4 on importance), 1 external
  // by manager Mia (3). Work: 1 external by Anna (4). Care: 1 external by Anna (unanswered).
  static Survey survey() {
    return TestSurveys.builder()
        .function(CASE_MANAGER)
        .type(CWI)
        .inHouse(InHouse.YES)
        .contact("Anna", "CWI", "Jan", 5, 4)
        .contact("Anna", "CWI", "Jan", 5, 0)
        .inHouse(InHouse.NO)
        .type(WORK)
        .contact("Anna", "WeerWerk", "Els", 4)
        .type(CARE)
        .contact("Anna", "GGz", null)
        .function(MANAGER)
        .contact("Mia", "CWI", "Jan", 3)
        .staff("Anna", CASE_MANAGER, true)
        .staff("Bert", CASE_MANAGER, true)
        .staff("Mia", MANAGER, true)
        .build();
  }

  private XSSFWorkbook write(Messages messages) throws Exception {
    Survey survey = survey();
    Path file = dir.resolve("rapport.xlsx");
    ExcelReport.write(file, ReportContent.analyse(survey, ContactNetwork.of(survey, "Sociale Dienst")), messages);
    return new XSSFWorkbook(file.toFile());
  }

  @Test
  void dutchSheetsInContractOrderWithTheirCharts() throws Exception {
    try (XSSFWorkbook book = write(Messages.of(Messages.DUTCH))) {
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      assertEquals(
          List.of(
              "Samenvatting", "Organisatiesoorten", "Functiegroepen", "Aspecten", "Afstanden",
              "Afstanden per functiegroep", "Inpandig", "Kwetsbare contacten", "Vertrekscenario",
              "Respons", "Kritieke afhankelijkheden", "Acties", "Medewerkers", "Problemen"),
          names);
      assertEquals(1, charts(book.getSheet("Organisatiesoorten")));
      assertEquals(7, charts(book.getSheet("Aspecten")));
      assertEquals(0, charts(book.getSheet("Afstanden")));

      // Intensity chart: a bar per type, percent-stacked segments 5..1 with their own colours
      // (without a fill LibreOffice drew no bars), series linked to the Percentage cells.
      XSSFChart intensity = book.getSheet("Aspecten").getDrawingPatriarch().getCharts().get(0);
      XDDFBarChartData bars = (XDDFBarChartData) intensity.getChartSeries().get(0);
      assertEquals(BarGrouping.PERCENT_STACKED, bars.getBarGrouping());
      assertEquals((byte) 100, bars.getOverlap().byteValue());
      assertEquals(5, bars.getSeriesCount());
      assertEquals("dagelijks", intensity.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getTx().getV());
      assertEquals("(Aspecten!$F$2,Aspecten!$F$7,Aspecten!$F$12)",
          bars.getSeries(0).getValuesData().getDataRangeReference());
      assertEquals(3, bars.getSeries(0).getCategoryData().getPointCount());
      assertNotNull(bars.getSeries(4).getShapeProperties().getFillProperties());
    }
  }

  @Test
  void organisationTypesSheet() throws Exception {
    try (XSSFWorkbook book = write(Messages.of(Messages.DUTCH))) {
      XSSFSheet sheet = book.getSheet("Organisatiesoorten");
      assertEquals(List.of("Soort", "Contacten", "Aandeel", "Organisaties", "Respondenten"), rowValues(sheet, 0));
      // CWI 3 of 5 rows = 0.6, one organisation, Anna and Mia.
      assertEquals(List.of("CWI", 3.0, 0.6, 1.0, 2.0), rowValues(sheet, 1));
      assertEquals("0.0%", sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString());
      assertEquals(List.of("Werk", 1.0, 0.2, 1.0, 1.0), rowValues(sheet, 2));
      assertEquals(List.of("Zorg", 1.0, 0.2, 1.0, 1.0), rowValues(sheet, 3));
    }
  }

  @Test
  void functionGroupsSheet() throws Exception {
    try (XSSFWorkbook book = write(Messages.of(Messages.DUTCH))) {
      XSSFSheet sheet = book.getSheet("Functiegroepen");
      assertEquals(List.of("Soort", "Casemanager", "Leidinggevende", "Alle respondenten"), rowValues(sheet, 0));
      // CWI: Anna 2 / 1, Mia 1 / 1, all 3 / 2.
      assertEquals(List.of("CWI", 2.0, 1.0, 1.5), rowValues(sheet, 1));
      assertEquals(List.of("Totaal", 4.0, 1.0, 2.5), rowValues(sheet, 4));
    }
  }

  @Test
  void aspectsSheetInLongFormat() throws Exception {
    try (XSSFWorkbook book = write(Messages.of(Messages.DUTCH))) {
      XSSFSheet sheet = book.getSheet("Aspecten");
      assertEquals(List.of("Aspect", "Soort", "Waarde", "Antwoord", "Aantal", "Percentage"), rowValues(sheet, 0));
      // Intensity, CWI: 5, 5, 3 → dagelijks 2 of 3.
      List<Object> first = rowValues(sheet, 1);
      assertEquals(List.of("Intensiteit", "CWI", 5.0, "dagelijks", 2.0), first.subList(0, 5));
      assertEquals(2.0 / 3, (Double) first.get(5), 1e-12);
      // Care answered nothing: counts 0 and Percentage blank. Rows 11..15 are Zorg, intensity.
      assertEquals(List.of("Intensiteit", "Zorg", 5.0, "dagelijks", 0.0), rowValues(sheet, 11));
      assertNull(sheet.getRow(11).getCell(5));
      assertEquals(1 + 7 * 3 * 5, sheet.getLastRowNum() + 1);
    }
  }

  @Test
  void distancesSheets() throws Exception {
    try (XSSFWorkbook book = write(Messages.of(Messages.DUTCH))) {
      XSSFSheet sheet = book.getSheet("Afstanden");
      assertEquals(
          List.of("Soort", "Intensiteit", "Belang", "Afhankelijkheid", "Samenwerking", "Deskundigheid",
              "Betrouwbaarheid", "Vertrouwen", "Gemiddeld", "Contacten"),
          rowValues(sheet, 0));
      // CWI: intensity (5+5+3)/3 → (5 − 13/3)/4 = 1/6; importance 4 → 0.25; mean 5/24.
      // Work: intensity 4 → 0.25. Care: nothing answered, last. Alle: intensity 17/4 → 0.1875.
      assertEquals("CWI", sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals(1.0 / 6, sheet.getRow(1).getCell(1).getNumericCellValue(), 1e-12);
      assertEquals(5.0 / 24, sheet.getRow(1).getCell(8).getNumericCellValue(), 1e-12);
      assertEquals("0.00", sheet.getRow(1).getCell(8).getCellStyle().getDataFormatString());
      assertEquals(List.of("Werk", 0.25, 0.25, 1.0), rowValues(sheet, 2));
      assertEquals(List.of("Zorg", 1.0), rowValues(sheet, 3));
      assertEquals(CellType.NUMERIC, sheet.getRow(4).getCell(1).getCellType());
      assertEquals("Alle", sheet.getRow(4).getCell(0).getStringCellValue());

      XSSFSheet groups = book.getSheet("Afstanden per functiegroep");
      assertEquals(List.of("Functie", "Soort"), rowValues(groups, 0).subList(0, 2));
      // Case manager: CWI (5, 5 → 0), Work, Care, Alle; then manager: CWI (3 → 0.5), Alle.
      assertEquals(List.of("Casemanager", "CWI", 0.0, 0.25, 0.125, 2.0), rowValues(groups, 1));
      assertEquals(List.of("Leidinggevende", "Alle", 0.5, 0.5, 1.0), rowValues(groups, 6));
    }
  }

  @Test
  void inHouseAndResponseSheets() throws Exception {
    try (XSSFWorkbook book = write(Messages.of(Messages.DUTCH))) {
      XSSFSheet inHouse = book.getSheet("Inpandig");
      assertEquals(
          List.of("Soort", "Aspect", "n inpandig", "n extern", "Gemiddelde inpandig", "Gemiddelde extern",
              "Verschil", "p-waarde", "Effect"),
          rowValues(inHouse, 0));
      // Intensity, Alle: in-house {5, 5}, external {4, 3}: difference 5 − 3.5 = 1.5; U = 4,
      // r = 2·4/4 − 1 = 1. CWI has both sides: rows 8..14.
      List<Object> all = rowValues(inHouse, 1);
      assertEquals(List.of("Alle", "Intensiteit", 2.0, 2.0, 5.0, 3.5, 1.5), all.subList(0, 7));
      assertEquals(1.0, (Double) all.get(8), 1e-12);
      assertEquals("CWI", inHouse.getRow(8).getCell(0).getStringCellValue());
      assertEquals(15, inHouse.getLastRowNum() + 1);

      XSSFSheet response = book.getSheet("Respons");
      assertEquals(List.of("Functie", "Medewerkers", "Aangeschreven", "Respons", "Percentage"), rowValues(response, 0));
      assertEquals(List.of("Casemanager", 2.0, 2.0, 1.0, 0.5), rowValues(response, 1));
      assertEquals(List.of("Leidinggevende", 1.0, 1.0, 1.0, 1.0), rowValues(response, 2));
      assertEquals(List.of("Totaal", 3.0, 3.0, 2.0, 2.0 / 3), rowValues(response, 3));
    }
  }

  @Test
  void englishNamesAndHeaders() throws Exception {
    try (XSSFWorkbook book = write(Messages.of(Messages.ENGLISH))) {
      assertEquals(List.of("Type", "Contacts", "Share", "Organisations", "Respondents"),
          rowValues(book.getSheet("Organisation types"), 0));
      assertEquals(List.of("Type", "Case manager", "Manager", "All respondents"),
          rowValues(book.getSheet("Function groups"), 0));
      assertEquals(List.of("Intensity", "CWI", 5.0, "daily", 2.0),
          rowValues(book.getSheet("Aspects"), 1).subList(0, 5));
      assertEquals("All", book.getSheet("Distances").getRow(4).getCell(0).getStringCellValue());
      assertEquals(List.of("Function", "Type"), rowValues(book.getSheet("Distances by function group"), 0).subList(0, 2));
      assertEquals(List.of("Type", "Aspect", "n in-house", "n external", "Mean in-house", "Mean external",
          "Difference", "p-value", "Effect"), rowValues(book.getSheet("In-house"), 0));
      assertEquals(List.of("Function", "Staff", "Asked", "Responded", "Percentage"),
          rowValues(book.getSheet("Response"), 0));
      assertEquals(7, charts(book.getSheet("Aspects")));
    }
  }

  private static int charts(XSSFSheet sheet) {
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    return drawing == null ? 0 : drawing.getCharts().size();
  }
}
