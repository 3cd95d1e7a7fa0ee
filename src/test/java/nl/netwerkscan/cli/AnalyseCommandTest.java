package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private Path survey(String name, List<List<Object>> rows) throws Exception {
    Path file = dir.resolve(name);
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("Contacten");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      book.write(stream);
    }
    return file;
  }

  private Path goodSurvey() throws Exception {
    return survey(
        "enquete-2024.xlsx",
        List.of(
            List.of("Respondent", "Functie", "Organisatie", "Contactpersoon", "Intensiteit"),
            List.of("Anna", "Casemanager", "CWI", "Jan", 4),
            List.of("Bert", "Casemanager", "=1+1", "Piet", "vaak"),
            List.of("Anna", "Casemanager", "CWI", "Jan", "wekelijks")));
  }

  @Test
  void writesTheReportAndSummarisesInDutch() throws Exception {
    Path report = dir.resolve("rapport");
    int status = run("analyse", goodSurvey().toString(), "--out", report.toString());

    assertEquals(0, status, err.toString());
    assertTrue(Files.isRegularFile(report.resolve("rapport.xlsx")));
    // three rows read: two used, the third repeats the first (4 = wekelijks)
    assertTrue(out.toString().contains("Rijen gelezen 3: gebruikt 2, afgewezen 0, dubbel 1."), out.toString());
    Path explorer = report.toAbsolutePath().normalize().resolve("verkenner.html");
    assertTrue(Files.isRegularFile(explorer));
    assertTrue(out.toString().endsWith("Verkenner: open " + explorer + " in uw browser." + System.lineSeparator()), out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void verboseTellsHowLongEachStageTook() throws Exception {
    int status = run("analyse", goodSurvey().toString(), "--out", dir.resolve("rapport").toString(), "--verbose");

    assertEquals(0, status, err.toString());
    assertTrue(
        err.toString()
            .strip()
            .matches("Tijden: enquête inlezen \\d+,\\d\\d s, analyses \\d+,\\d\\d s, rapportbestanden \\d+,\\d\\d s\\."),
        err.toString());
  }

  @Test
  void formulaLikeTextFromTheSurveyStaysTextInTheReport() throws Exception {
    Path report = dir.resolve("rapport");
    run("analyse", goodSurvey().toString(), "--out", report.toString());

    try (Workbook book = WorkbookFactory.create(report.resolve("rapport.xlsx").toFile())) {
      Sheet problems = book.getSheet("Problemen");
      boolean found = false;
      for (Row row : problems) {
        if (row.getCell(3) != null && row.getCell(3).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
          found |= row.getCell(3).getStringCellValue().equals("=1+1");
        }
      }
      assertTrue(found, "the unclassified organisation =1+1 is listed as text");
    }
  }

  @Test
  void englishReportWithLangEn() throws Exception {
    Path report = dir.resolve("report");
    int status = run("analyse", goodSurvey().toString(), "--out", report.toString(), "--lang", "en");

    assertEquals(0, status, err.toString());
    assertTrue(Files.isRegularFile(report.resolve("report.xlsx")));
    assertTrue(out.toString().contains("Rows read 3: used 2, rejected 0, duplicates 1."), out.toString());
    assertTrue(Files.isRegularFile(report.resolve("explorer.html")));
    assertTrue(out.toString().contains("Explorer: open " + report.toAbsolutePath().normalize().resolve("explorer.html")), out.toString());
  }

  @Test
  void missingColumnIsOneSentenceExitOneAndNothingWritten() throws Exception {
    Path bad =
        survey("enquete-2025.xlsx", List.of(List.of("Respondent", "Functie", "Instelling"), List.of("Anna", "Casemanager", "CWI")));
    Path report = dir.resolve("rapport");
    int status = run("analyse", bad.toString(), "--out", report.toString());

    assertEquals(1, status);
    assertEquals(
        "enquete-2025.xlsx, blad Contacten: geen kopregel met de kolom(men) Organisatie in de eerste 20 rijen;"
            + " zet bovenaan een kopregel met minstens Respondent en Organisatie.",
        err.toString().strip());
    assertFalse(Files.exists(report));
    assertEquals("", out.toString());
  }

  @Test
  void failedRunLeavesThePreviousReportExactlyAsItWas() throws Exception {
    Path report = dir.resolve("rapport");
    assertEquals(0, run("analyse", goodSurvey().toString(), "--out", report.toString()));
    java.util.Map<Path, byte[]> before = snapshot(report);
    FileTime modified = Files.getLastModifiedTime(report.resolve("rapport.xlsx"));

    Path empty = Files.createFile(dir.resolve("leeg.xlsx"));
    assertEquals(1, run("analyse", empty.toString(), "--out", report.toString()));

    java.util.Map<Path, byte[]> after = snapshot(report);
    assertEquals(before.keySet(), after.keySet());
    for (Path file : before.keySet()) {
      assertTrue(java.util.Arrays.equals(before.get(file), after.get(file)), file.toString());
    }
    assertEquals(modified, Files.getLastModifiedTime(report.resolve("rapport.xlsx")));
    assertEquals(List.of("enquete-2024.xlsx", "leeg.xlsx", "rapport"), names(dir), "no temporary folders left");
  }

  private static java.util.Map<Path, byte[]> snapshot(Path folder) throws Exception {
    java.util.Map<Path, byte[]> files = new java.util.TreeMap<>();
    for (Path file : list(folder)) {
      files.put(file.getFileName(), Files.readAllBytes(file));
    }
    return files;
  }

  @Test
  void surveyIsNeverModified() throws Exception {
    Path survey = goodSurvey();
    byte[] before = Files.readAllBytes(survey);
    FileTime modified = Files.getLastModifiedTime(survey);

    run("analyse", survey.toString(), "--out", dir.resolve("r").toString());

    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(survey)));
    assertEquals(modified, Files.getLastModifiedTime(survey));
  }

  @Test
  void wrongUsageIsExitTwo() {
    assertEquals(2, run("analyse"));
    assertEquals(2, run("analyse", "x.xlsx", "--no-such-option"));
    assertEquals(2, run());
    assertEquals(2, run("analyse", "x.xlsx", "--lang", "fr"));
  }

  @Test
  void missingSurveyNamesTheFile() {
    assertEquals(1, run("analyse", dir.resolve("weg.xlsx").toString(), "--lang", "en"));
    assertTrue(err.toString().startsWith("weg.xlsx does not exist"), err.toString());
  }

  private static List<Path> list(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  private static List<String> names(Path folder) throws Exception {
    return list(folder).stream().map(p -> p.getFileName().toString()).sorted().toList();
  }
}
