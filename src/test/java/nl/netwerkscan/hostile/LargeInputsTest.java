package nl.netwerkscan.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import nl.netwerkscan.hostile.Corpus.Run;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The large members of the corpus, made on the fly: a zip bomb, cells of 32,000 characters and
 * 10,000 rows of garbage. All within seconds in the suite's 512 MB heap (pom.xml).
 */
class LargeInputsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "bomb in {0}")
  @ValueSource(strings = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"})
  void aZipBombIsRefusedWithinSecondsAndNothingIsWritten(String part) throws IOException {
    Path bomb = ZipBomb.write(dir.resolve("enquête-2025.xlsx"), part, /* megabytes= */ 3000);
    assertTrue(Files.size(bomb) < 10_000_000, "a small file");
    Path report = dir.resolve("rapport");

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Corpus.analyse(bomb, report));

    assertEquals(1, run.status(), run::err);
    assertEquals(Corpus.dutch("error.file.zipbomb", "enquête-2025.xlsx"), run.err());
    assertFalse(Files.exists(report));
    assertEquals(List.of(), Corpus.leftovers(dir));
  }

  @Test
  void theZipBombSentenceSpeaksToAManager() throws IOException {
    Path bomb = ZipBomb.write(dir.resolve("enquête-2025.xlsx"), "xl/worksheets/sheet1.xml", 3000);

    Run run = Corpus.analyse(bomb, dir.resolve("rapport"));

    assertEquals(
        "enquête-2025.xlsx lijkt een zip-bom: een klein bestand dat uitgepakt honderden keren groter wordt. "
            + "Het is beschadigd of geen echte enquête; vraag de afzender de enquête opnieuw op te slaan "
            + "vanuit Excel en nog eens te sturen."
            + System.lineSeparator(),
        run.err());
  }

  @Test
  void cellsOf32000CharactersAreReadAndWrittenWhole() throws IOException {
    String organisation = longText('O', 32_000);
    String person = longText('P', 32_000);
    Path survey =
        write(
            "lang.xlsx",
            new Object[][] {
              CorpusGenerator.HEADER,
              {"Anna", "Casemanager", organisation, person, "ja", "wekelijks"},
              {"Anna", "Casemanager", organisation, person, "ja", "dagelijks"},
              {"Anna", "Casemanager", organisation, person, "ja", "maandelijks"},
              {longText('R', 32_000), "Casemanager", "GGz", "Piet"},
              {"Bert", "Casemanager", longText('X', 32_767), "Piet"},
            });
    Path report = dir.resolve("rapport");

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Corpus.analyse(survey, report));

    assertEquals(0, run.status(), run::err);
    try (Workbook book = WorkbookFactory.create(report.resolve("rapport.xlsx").toFile(), null, true)) {
      List<String> texts = Reports.texts(book);
      assertTrue(texts.contains(organisation), "the whole organisation name");
      assertTrue(texts.contains(person), "the whole person name");
      // Excel's maximum: the name fits, the problem text quoting it is cut with an ellipsis
      assertTrue(texts.contains(longText('X', 32_767)), "a name of Excel's maximum length");
      assertTrue(texts.stream().anyMatch(t -> t.length() == 32_767 && t.endsWith("…")), "a cut problem text");
    }
  }

  @Test
  void tenThousandRowsOfGarbageAreReadAndEveryUnusableCellCounted() throws IOException {
    Random random = new Random(7);
    String[] junk = {"vaak", "7", "2.5", "#N/A", "???", "-", "n.v.t.", "ja", "0", "🙈"};
    Object[][] rows = new Object[10_001][];
    rows[0] = CorpusGenerator.HEADER;
    for (int i = 1; i <= 10_000; i++) {
      Object[] row = new Object[12];
      row[0] = i % 10 == 0 ? null : "r" + (i % 60) + junk[random.nextInt(junk.length)];
      row[2] = "o" + (i % 40);
      row[3] = "p" + i; // every row distinct, so none is a duplicate
      for (int c = 5; c < 12; c++) {
        row[c] = junk[random.nextInt(junk.length)];
      }
      rows[i] = row;
    }
    Path survey = write("rommel.xlsx", rows);
    Path report = dir.resolve("rapport");

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Corpus.analyse(survey, report));

    assertEquals(0, run.status(), run::err);
    assertTrue(run.out().contains("Rijen gelezen 10.000: gebruikt 9.000, afgewezen 1.000, dubbel 0."), run.out());
    try (Workbook book = WorkbookFactory.create(report.resolve("rapport.xlsx").toFile(), null, true)) {
      int listed = book.getSheet("Problemen").getLastRowNum(); // below its header row
      assertTrue(run.out().contains(String.format(java.util.Locale.GERMANY, "%,d problemen", listed)), run.out());
      assertTrue(listed >= 1_000 + 40, "1,000 rejected rows and 40 unclassified organisations, then the answers");
    }
  }

  /** Varied text (so it does not compress like a bomb) that neither starts nor ends with a space. */
  static String longText(char first, int length) {
    StringBuilder text = new StringBuilder(length).append(first);
    while (text.length() < length) {
      text.append(" naam").append(text.length() % 10);
    }
    return text.substring(0, length - 1) + first;
  }

  private Path write(String name, Object[][] rows) throws IOException {
    Path file = dir.resolve(name);
    try (SXSSFWorkbook workbook = new SXSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("Contacten");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] != null) {
            row.createCell(c).setCellValue(rows[r][c].toString());
          }
        }
      }
      workbook.write(out);
      workbook.dispose();
    }
    return file;
  }
}
