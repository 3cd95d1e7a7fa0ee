package nl.netwerkscan.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.importer.SurveyException;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.RowCounts;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --units N}: a roll-up survey whose respondents are spread over N units. */
class SyntheticUnitsTest {

  private final SyntheticSurveyGenerator generator = new SyntheticSurveyGenerator();

  @Test
  void fiveUnitsReconcileAndEveryUnitHasRespondents(@TempDir Path dir)
      throws IOException, SurveyException {
    Path file = dir.resolve("teams.xlsx");
    generator.write(file, 3_000, 2024, TextStorage.SHARED, 5);

    Survey survey = SurveyReader.read(file, ImportOptions.defaults());

    RowCounts rows = survey.rows();
    assertEquals(3_000, rows.read());
    assertEquals(rows.read(), rows.used() + rows.rejected() + rows.duplicates());
    Map<String, Integer> respondentsPerUnit = new TreeMap<>();
    for (Respondent respondent : survey.respondents()) {
      respondentsPerUnit.merge(respondent.unit().name(), 1, Integer::sum);
    }
    // 3,000 rows make 187 respondents; the first five found one unit each, the rest are drawn
    // with weights 1, 0.61, 0.46, 0.38, 0.32, so Team 1 is the largest and Team 5 the smallest
    assertEquals(List.of("Team 1", "Team 2", "Team 3", "Team 4", "Team 5"),
        List.copyOf(respondentsPerUnit.keySet()));
    assertEquals(SyntheticSurveyGenerator.maxUnits(3_000),
        respondentsPerUnit.values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(respondentsPerUnit.get("Team 1") > respondentsPerUnit.get("Team 5"),
        respondentsPerUnit.toString());
    // the forms that leave the function to the roster leave the Team to it too: none unknown
    assertTrue(survey.units().stream().noneMatch(Unit::isUnknown));
    assertEquals(0, survey.problems().stream()
        .filter(p -> p.kind() == ProblemKind.CONFLICTING_UNIT).count());
  }

  @Test
  void unitsOnlyAddTheTeamColumn(@TempDir Path dir) throws IOException {
    Path plain = dir.resolve("plain.xlsx");
    Path teams = dir.resolve("teams.xlsx");
    generator.write(plain, 1_000, 7, TextStorage.INLINE, 1);
    generator.write(teams, 1_000, 7, TextStorage.INLINE, 3);

    List<List<Object>> without = SheetContents.read(plain, "Contacten");
    List<List<Object>> with = SheetContents.read(teams, "Contacten");
    assertEquals(12, without.get(0).size());
    assertEquals("Team", with.get(0).get(12));
    assertEquals(without.size(), with.size());
    int emptyTeams = 0;
    for (int row = 0; row < with.size(); row++) {
      assertEquals(firstTwelve(without.get(row)), firstTwelve(with.get(row)));
      if (SheetContents.text(with.get(row), 12).isEmpty()) {
        emptyTeams++;
      }
    }
    // about 3 % of the forms leave the function, and so the Team, to the roster
    assertTrue(emptyTeams > 0 && emptyTeams < with.size() / 10, "empty Team cells: " + emptyTeams);
    List<List<Object>> roster = SheetContents.read(teams, "Medewerkers");
    assertEquals("Team", roster.get(0).get(3));
    assertTrue(roster.stream().skip(1).allMatch(r -> SheetContents.text(r, 3).startsWith("Team ")));
    assertEquals(3, SheetContents.read(plain, "Medewerkers").get(0).size());
  }

  @Test
  void moreUnitsThanRespondentsIsRefused(@TempDir Path dir) {
    assertEquals(6, SyntheticSurveyGenerator.maxUnits(100));
    assertThrows(IllegalArgumentException.class,
        () -> generator.write(dir.resolve("x.xlsx"), 100, 1, TextStorage.INLINE, 7));
  }

  /** The contract's twelve columns, empty cells at the end included. */
  private static List<Object> firstTwelve(List<Object> row) {
    List<Object> cells = new ArrayList<>(row);
    while (cells.size() < 12) {
      cells.add(null);
    }
    return cells.subList(0, 12);
  }
}
