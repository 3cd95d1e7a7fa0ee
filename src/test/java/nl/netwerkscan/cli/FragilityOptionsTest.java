package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --min-contacts, --max-share and --leave of {@code analyse}. */
class FragilityOptionsTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  /** CWI: Anna and Bert to Jan (2 rows, resilience 1); GGz: Anna to Piet and Kees (2 rows). */
  private Path survey() throws Exception {
    List<List<String>> rows =
        List.of(
            List.of("Respondent", "Organisatie", "Contactpersoon"),
            List.of("Anna", "CWI", "Jan"),
            List.of("Bert", "CWI", "Jan"),
            List.of("Anna", "GGz", "Piet"),
            List.of("Anna", "GGz", "Kees"));
    Path file = dir.resolve("enquete.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("Contacten");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      book.write(stream);
    }
    return file;
  }

  @Test
  void defaultThresholdsFindNoHighRiskInTwoRowRelations() throws Exception {
    assertEquals(0, run("analyse", survey().toString(), "--out", dir.resolve("r").toString()), err.toString());
    assertTrue(out.toString().contains("Hoog risico: geen."), out.toString());
    assertTrue(out.toString().contains("Geen acties nodig: geen organisatie met hoog of midden risico."), out.toString());
  }

  @Test
  void minContactsTwoMakesBothHighRiskAndTheTerminalNamesThem() throws Exception {
    Path report = dir.resolve("r");
    int status = run("analyse", survey().toString(), "--out", report.toString(), "--min-contacts", "2");
    assertEquals(0, status, err.toString());
    assertTrue(out.toString().contains("Hoog risico (2): CWI; GGz."), out.toString());
    assertTrue(out.toString().contains("2 acties: zie het blad Acties."), out.toString());
    try (Workbook book = WorkbookFactory.create(report.resolve("rapport.xlsx").toFile())) {
      Sheet sheet = book.getSheet("Kwetsbare contacten");
      assertEquals("hoog", sheet.getRow(1).getCell(8).getStringCellValue());
      assertEquals("hoog", sheet.getRow(2).getCell(8).getStringCellValue());
    }
  }

  @Test
  void leaveWritesTheScenarioAndNamesWhoWasNotFound() throws Exception {
    Path report = dir.resolve("r");
    int status =
        run("analyse", survey().toString(), "--out", report.toString(), "--lang", "en", "--leave", "JAN,Nobody");
    assertEquals(0, status, err.toString());
    // Jan leaves: CWI loses both rows; GGz is untouched.
    assertTrue(
        out.toString().contains(
            "Scenario --leave: 1 organisation loses all contact, none becomes more fragile, 2 contacts disappear."),
        out.toString());
    assertTrue(out.toString().contains("Not found for --leave (no staff member or contact person of that name): Nobody."));
    try (Workbook book = WorkbookFactory.create(report.resolve("report.xlsx").toFile())) {
      Sheet scenario = book.getSheet("Scenario");
      assertEquals("CWI", scenario.getRow(1).getCell(0).getStringCellValue());
      assertEquals("Jan (external)", scenario.getRow(1).getCell(3).getStringCellValue());
    }
  }

  /**
   * Anna leaves: at GGz (2 rows) nobody else has contact, so the rule's colleague Bert; at CWI
   * (1 row) Bert knows it already. Jan leaves CWI: ask CWI. One line per leaver, in the order given.
   */
  @Test
  void leaveWritesTheHandoverAndOneLinePerLeaver() throws Exception {
    Path report = dir.resolve("r");
    int status = run("analyse", survey().toString(), "--out", report.toString(), "--lang", "en", "--leave", "Anna,Jan");
    assertEquals(0, status, err.toString());
    String terminal = out.toString();
    assertTrue(terminal.contains("Anna leaves: hand over GGz to Bert; CWI to Bert." + System.lineSeparator()
        + "Jan (CWI) leaves: ask CWI for a successor."), terminal);
    try (Workbook book = WorkbookFactory.create(report.resolve("report.xlsx").toFile())) {
      Sheet handover = book.getSheet("Handover");
      assertEquals("Anna", handover.getRow(1).getCell(0).getStringCellValue());
      assertEquals("GGz", handover.getRow(1).getCell(2).getStringCellValue());
      assertEquals("Kees, Piet", handover.getRow(1).getCell(4).getStringCellValue());
      assertEquals("Bert", handover.getRow(1).getCell(5).getStringCellValue());
      assertEquals("Jan", handover.getRow(3).getCell(0).getStringCellValue());
    }
  }

  @Test
  void thresholdsOutOfRangeAreWrongUsage() throws Exception {
    Path survey = survey();
    Path report = dir.resolve("r");
    assertEquals(2, run("analyse", survey.toString(), "--out", report.toString(), "--min-contacts", "0"));
    assertTrue(err.toString().contains("--min-contacts moet minstens 1 zijn, niet 0."), err.toString());
    assertEquals(2, run("analyse", survey.toString(), "--out", report.toString(), "--max-share", "50"));
    assertEquals(2, run("analyse", survey.toString(), "--out", report.toString(), "--max-share", "half"));
    assertFalse(Files.exists(report));
  }
}
