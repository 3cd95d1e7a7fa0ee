package nl.netwerkscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.text.Messages;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelReportTest {
  @TempDir Path dir;

  private Path write(Survey survey, Messages messages) throws Exception {
    Path file = dir.resolve("rapport.xlsx");
    ExcelReport.write(file, ReportContent.analyse(survey, ContactNetwork.of(survey, "Sociale Dienst")), messages);
    return file;
  }

  @Test
  void summaryIsATwoColumnTableOfNumericCells() throws Exception {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "GGz", "Jan")
            .contact("Bert", "GGz", "Jan")
            .contact("Bert", "MJD", null)
            .build();
    try (Workbook book = WorkbookFactory.create(write(survey, Messages.of(Messages.DUTCH)).toFile())) {
      Sheet summary = book.getSheet("Samenvatting");
      assertEquals("Kenmerk", summary.getRow(0).getCell(0).getStringCellValue());
      assertEquals("Waarde", summary.getRow(0).getCell(1).getStringCellValue());
      assertEquals(List.of("Rijen gelezen", 3.0), rowValues(summary, 1));
      assertEquals(List.of("Respondenten", 2.0), rowValues(summary, 5));
      assertEquals(List.of("Organisaties", 2.0), rowValues(summary, 6));
      assertEquals(List.of("Externe personen", 1.0), rowValues(summary, 7));
      assertEquals(List.of("Vermeldingen met naam", 2.0), rowValues(summary, 8));
      assertEquals(List.of("Vermeldingen zonder naam", 1.0), rowValues(summary, 9));
      assertEquals("Problemen", book.getSheetAt(book.getNumberOfSheets() - 1).getSheetName());
    }
  }

  @Test
  void englishReportHasEnglishSheetsAndHeaders() throws Exception {
    Survey survey = TestSurveys.builder().contact("Anna", "GGz", "Jan").build();
    try (Workbook book = WorkbookFactory.create(write(survey, Messages.of(Messages.ENGLISH)).toFile())) {
      assertEquals("Summary", book.getSheetAt(0).getSheetName());
      assertEquals(List.of("Rows read", 1.0), rowValues(book.getSheet("Summary"), 1));
      Sheet problems = book.getSheet("Problems");
      assertEquals(List.of("Sheet", "Row", "Column", "Value", "Problem"), rowValues(problems, 0));
    }
  }

  /**
   * CWI: Anna and Bert answer intensity 5 (distance 0); GGz: Cees answers 1 (distance 1). One
   * function group with 3 respondents: every figure rests on fewer than 5 and is muted.
   */
  @Test
  void headlinesAndMutedSmallGroups() throws Exception {
    Survey survey =
        TestSurveys.builder()
            .function(nl.netwerkscan.model.FunctionGroup.BuiltIn.CASE_MANAGER)
            .type(nl.netwerkscan.model.OrganisationType.BuiltIn.CWI)
            .contact("Anna", "CWI", "Jan", 5, 0, 0, 0, 0, 0, 0)
            .contact("Bert", "CWI", "Jan", 5, 0, 0, 0, 0, 0, 0)
            .type(nl.netwerkscan.model.OrganisationType.BuiltIn.CARE)
            .contact("Cees", "GGz", "Els", 1, 0, 0, 0, 0, 0, 0)
            .build();
    try (Workbook book = WorkbookFactory.create(write(survey, Messages.of(Messages.DUTCH)).toFile())) {
      Sheet summary = book.getSheet("Samenvatting");
      java.util.Map<Object, Object> items = new java.util.HashMap<>();
      for (int r = 1; r <= summary.getLastRowNum(); r++) {
        List<Object> values = rowValues(summary, r);
        items.put(values.get(0), values.get(1));
      }
      assertEquals("CWI", items.get("Dichtstbijzijnde soort"));
      assertEquals(0.0, items.get("Afstand dichtstbijzijnde soort"));
      assertEquals("Zorg", items.get("Verste soort"));
      assertEquals(1.0, items.get("Afstand verste soort"));

      Sheet distances = book.getSheet("Afstanden");
      org.apache.poi.ss.usermodel.Cell cwiIntensity = distances.getRow(1).getCell(1);
      assertEquals("CWI", distances.getRow(1).getCell(0).getStringCellValue());
      assertEquals(0.0, cwiIntensity.getNumericCellValue());
      assertTrue(book.getFontAt(cwiIntensity.getCellStyle().getFontIndex()).getItalic(), "2 answers: muted");
      assertEquals("Berust op maar 2 antwoorden of respondenten: lees met zorg.",
          cwiIntensity.getCellComment().getString().getString());
    }
  }

  static List<Object> rowValues(Sheet sheet, int row) {
    List<Object> values = new java.util.ArrayList<>();
    sheet.getRow(row).forEach(cell -> values.add(
        cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue()));
    return values;
  }
}
