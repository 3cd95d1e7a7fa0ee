package nl.netwerkscan.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.netwerkscan.hostile.Corpus.Run;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.importer.SurveyException;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.model.RowCounts;
import nl.netwerkscan.model.Survey;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Random small surveys full of the mistakes people make (missing fields, answers off the scale,
 * repeated rows, odd spellings, blank rows), written as real .xlsx and .csv files: the rows
 * always reconcile, nothing crashes, and the same file gives the same report, byte for byte.
 */
class RandomSurveyProperties {
  private static final String[] RESPONDENTS = {"Anna", " anna ", "ANNA", "Ánna", "Bert", "B. de Vries", "b de vries", ""};
  private static final String[] FUNCTIONS = {"Casemanager", "casemanager", "Leidinggevende", "Stagiair", ""};
  private static final String[] ORGANISATIONS = {"GGz", "ggz", "G.G.Z.", "UWV", "Geldzorg", "Geld Zorg", "Nieuwe Stichting", ""};
  private static final String[] PERSONS = {"Piet", "piet", "J. de Vries", "", "Émile"};
  private static final String[] IN_HOUSE = {"ja", "nee", "x", "TRUE", "misschien", ""};
  private static final Object[] ANSWERS = {1, 3, 5, "4", "wekelijks", "Dagelijks ", "vaak", "7", "2.5", "", "altijd"};

  @Provide
  Arbitrary<List<Object[]>> surveys() {
    Arbitrary<Object[]> row =
        Combinators.combine(
                Arbitraries.of(RESPONDENTS).injectNull(0.1),
                Arbitraries.of(FUNCTIONS).injectNull(0.3),
                Arbitraries.of(ORGANISATIONS).injectNull(0.1),
                Arbitraries.of(PERSONS).injectNull(0.3),
                Arbitraries.of(IN_HOUSE).injectNull(0.3),
                Arbitraries.of(ANSWERS).injectNull(0.3).list().ofSize(7))
            .as(
                (respondent, function, organisation, person, inHouse, answers) -> {
                  List<Object> cells = new ArrayList<>();
                  cells.addAll(java.util.Arrays.asList(respondent, function, organisation, person, inHouse));
                  cells.addAll(answers);
                  return cells.toArray();
                });
    Arbitrary<Object[]> blank = Arbitraries.just(new Object[12]);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(9, row), net.jqwik.api.Tuple.of(1, blank))
        .list()
        .ofMaxSize(30);
  }

  @Property(tries = 50)
  void rowsAlwaysReconcile(@ForAll("surveys") List<Object[]> rows, @ForAll boolean csv) throws IOException {
    Path dir = Files.createTempDirectory("netwerkscan-property");
    try {
      Path file = write(dir, rows, csv);
      long nonBlank = rows.stream().filter(RandomSurveyProperties::hasText).count();
      try {
        Survey survey = SurveyReader.read(file, ImportOptions.defaults());
        RowCounts counts = survey.rows();
        assertEquals(nonBlank, counts.read());
        assertEquals(counts.read(), counts.used() + counts.rejected() + counts.duplicates());
        assertEquals(counts.used(), survey.contacts().size());
      } catch (SurveyException e) {
        // only a survey without a single usable row may be refused (the header is always there)
        assertEquals("error.no.contacts", e.key(), e::getMessage);
      }
    } finally {
      delete(dir);
    }
  }

  @Property(tries = 12)
  void theCommandNeverCrashesAndGivesTheSameReportTwice(@ForAll("surveys") List<Object[]> rows, @ForAll boolean csv)
      throws IOException {
    Path dir = Files.createTempDirectory("netwerkscan-property");
    try {
      Path file = write(dir, rows, csv);
      Run first = Corpus.analyse(file, dir.resolve("een"));
      Run second = Corpus.analyse(file, dir.resolve("twee"));

      assertTrue(first.status() == 0 || first.status() == 1, first::err);
      assertEquals(first.status(), second.status());
      assertEquals(first.err(), second.err());
      if (first.status() == 0) {
        Map<String, byte[]> a = Corpus.snapshot(dir.resolve("een"));
        Map<String, byte[]> b = Corpus.snapshot(dir.resolve("twee"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
      }
    } finally {
      delete(dir);
    }
  }

  private static boolean hasText(Object[] row) {
    return Stream.of(row).anyMatch(cell -> cell != null && !cell.toString().isBlank());
  }

  private static Path write(Path dir, List<Object[]> rows, boolean csv) throws IOException {
    List<Object[]> all = new ArrayList<>();
    all.add(CorpusGenerator.HEADER);
    all.addAll(rows);
    if (csv) {
      StringBuilder text = new StringBuilder();
      for (Object[] row : all) {
        List<String> fields = new ArrayList<>();
        for (Object cell : row) {
          String value = cell == null ? "" : cell.toString();
          fields.add(value.contains(";") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        text.append(String.join(";", fields)).append("\r\n");
      }
      return Files.writeString(dir.resolve("enquete-2024.csv"), text, StandardCharsets.UTF_8);
    }
    Path file = dir.resolve("enquete-2024.xlsx");
    try (XSSFWorkbook workbook = CorpusGenerator.table("Contacten", all.toArray(Object[][]::new));
        OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
