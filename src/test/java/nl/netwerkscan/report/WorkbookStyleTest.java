package nl.netwerkscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.text.Messages;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyle;

/** What other readers of the workbook meet: a named default style, filters and colour scales. */
class WorkbookStyleTest {
  /** Debian's python3-openpyxl, which .ci/run installs; not the python of a virtual environment. */
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  @TempDir Path dir;

  private Path report() throws Exception {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "GGz", "Jan", 5, 4)
            .contact("Bert", "GGz", "Jan", 3, 3)
            .contact("Bert", "MJD", null, 1)
            .build();
    Path file = dir.resolve("rapport.xlsx");
    ExcelReport.write(file, ReportContent.analyse(survey, ContactNetwork.of(survey, "Sociale Dienst")), Messages.of(Messages.DUTCH));
    return file;
  }

  @Test
  void theDefaultFormatIsTheNamedStyleNormal() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(report()))) {
      CTCellStyle[] styles = book.getStylesSource().getCTStylesheet().getCellStyles().getCellStyleArray();
      assertEquals(1, styles.length);
      assertEquals(List.of("Normal", 0L, 0L), List.of(styles[0].getName(), styles[0].getXfId(), styles[0].getBuiltinId()));
    }
  }

  @Test
  void everyTableHasAFilterAndTheDistancesAColourScale() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(report()))) {
      for (int i = 0; i < book.getNumberOfSheets(); i++) {
        XSSFSheet sheet = book.getSheetAt(i);
        assertEquals(true, sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName());
      }
      // Soort | 7 aspects | Gemiddeld | Contacten; GGz and MJD are both of unknown type: that row, then Alle.
      XSSFSheet distances = book.getSheet("Afstanden");
      assertEquals("A1:J3", distances.getCTWorksheet().getAutoFilter().getRef());
      ConditionalFormatting scale = distances.getSheetConditionalFormatting().getConditionalFormattingAt(0);
      assertEquals("B2:I3", scale.getFormattingRanges()[0].formatAsString());
      var thresholds = scale.getRule(0).getColorScaleFormatting().getThresholds();
      assertEquals(List.of(0.0, 0.5, 1.0), List.of(thresholds[0].getValue(), thresholds[1].getValue(), thresholds[2].getValue()));
    }
  }

  /** The strict reader: openpyxl with warnings as errors, as pandas users meet it. */
  @Test
  void openpyxlReadsItWithoutAWarning() throws Exception {
    assumeTrue(Files.isExecutable(PYTHON) && run(PYTHON.toString(), "-c", "import openpyxl") == 0, "python3-openpyxl not installed");
    Path report = report();
    Path out = dir.resolve("out.txt");
    Process process =
        new ProcessBuilder(
                PYTHON.toString(), "-W", "error", "-c",
                "import openpyxl, sys; print(len(openpyxl.load_workbook(sys.argv[1]).sheetnames))", report.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertEquals(true, process.waitFor(60, TimeUnit.SECONDS));
    String output = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), output);
    assertEquals("14", output.strip());
  }

  private static int run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }
}
