package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.netwerkscan.analysis.FragilityAnalysis.Result;
import nl.netwerkscan.analysis.FragilityAnalysis.Row;
import nl.netwerkscan.analysis.FragilityAnalysis.Thresholds;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class FragilityAnalysisTest {

  private static Row only(Survey survey) {
    Result result = FragilityAnalysis.analyse(survey);
    assertEquals(1, result.rows().size());
    return result.rows().get(0);
  }

  @Test
  void starOfEightStaffToOnePersonHasResilienceOneOnTheExternalSide() {
    TestSurveys.Builder b = TestSurveys.builder();
    for (int i = 1; i <= 8; i++) {
      b.contact("Staff" + i, "MTW", "Jansen");
    }
    Row row = only(b.build());
    // 8 staff, 8 rows, 1 person named 8 times: share 8/8 = 1; every link ends at Jansen -> 1.
    assertEquals(8, row.figures().staff());
    assertEquals(8, row.figures().contacts());
    assertEquals(1, row.figures().externalPersons());
    assertEquals(8, row.mostNamedMentions());
    assertEquals("Jansen", row.mostNamedPerson().orElseThrow().name());
    assertEquals(1.0, row.share());
    assertEquals(1, row.resilience());
    assertEquals(Risk.HIGH, row.risk());
    assertEquals(1, row.carriers().size());
    Carrier carrier = row.carriers().get(0);
    assertEquals(Side.EXTERNAL, carrier.side());
    assertEquals("Jansen", carrier.name().orElseThrow());
  }

  @Test
  void threeStaffEachWithTheirOwnPersonHaveResilienceThree() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "GGz", "P1")
            .contact("Bert", "GGz", "P2")
            .contact("Cor", "GGz", "P3")
            .build();
    Row row = only(survey);
    // three disjoint links: a perfect matching of 3; share 1/3 -> low.
    assertEquals(3, row.resilience());
    assertEquals(Risk.LOW, row.risk());
    assertTrue(row.carriers().isEmpty());
  }

  @Test
  void oneStaffMemberWithThreePersonsHasResilienceOneOnOurSide() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "WPG", "P1")
            .contact("Anna", "WPG", "P2")
            .contact("Anna", "WPG", "P3")
            .build();
    Row row = only(survey);
    // every link starts at Anna -> 1; 3 contacts = minContacts -> high.
    assertEquals(1, row.resilience());
    assertEquals(Risk.HIGH, row.risk());
    assertEquals(List.of(Side.INTERNAL), row.carriers().stream().map(Carrier::side).toList());
    assertEquals("Anna", row.carriers().get(0).name().orElseThrow());
  }

  @Test
  void twoByTwoCompletePatternHasResilienceTwo() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "Kliq", "P1")
            .contact("Anna", "Kliq", "P2")
            .contact("Bert", "Kliq", "P1")
            .contact("Bert", "Kliq", "P2")
            .build();
    Row row = only(survey);
    // K2,2: matching Anna-P1, Bert-P2 -> 2; most-named tie P1/P2 (2 each) goes to P1 by name.
    assertEquals(2, row.resilience());
    assertEquals(2, row.mostNamedMentions());
    assertEquals("P1", row.mostNamedPerson().orElseThrow().name());
    assertEquals(0.5, row.share());
    assertEquals(Risk.LOW, row.risk());
  }

  @Test
  void twoStaffWithThreePersonsAndNoStarHaveResilienceTwo() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "Schuldhulp", "P1")
            .contact("Anna", "Schuldhulp", "P2")
            .contact("Bert", "Schuldhulp", "P1")
            .contact("Bert", "Schuldhulp", "P3")
            .build();
    // no node on every link, and our side has two: Anna-P2 and Bert-P3 (or P1) -> 2
    assertEquals(2, only(survey).resilience());
  }

  @Test
  void threeByThreeWithOneCrowdedPersonNeedsTheMatchingAndGivesTwo() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "Kinderopvang", "P1")
            .contact("Anna", "Kinderopvang", "P2")
            .contact("Anna", "Kinderopvang", "P3")
            .contact("Bert", "Kinderopvang", "P1")
            .contact("Cor", "Kinderopvang", "P1")
            .build();
    // three on each side, but Bert and Cor reach only P1: Anna-P2 and Bert-P1 -> 2, not 3
    assertEquals(2, only(survey).resilience());
  }

  @Test
  void threeByThreeWithADisjointMatchingGivesThree() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "Re-integratie", "P1")
            .contact("Anna", "Re-integratie", "P2")
            .contact("Bert", "Re-integratie", "P2")
            .contact("Bert", "Re-integratie", "P3")
            .contact("Cor", "Re-integratie", "P3")
            .build();
    // a path Anna-P1, Bert-P2, Cor-P3 -> 3
    assertEquals(3, only(survey).resilience());
  }

  @Test
  void greedyMatchingThatCoversTheSmallerSideSettlesIt() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "Werkplein", "P1")
            .contact("Bert", "Werkplein", "P2")
            .contact("Cor", "Werkplein", "P3")
            .contact("Cor", "Werkplein", "P4")
            .contact("Anna", "Werkplein", "P4")
            .build();
    // three staff, four people: Anna-P1, Bert-P2, Cor-P3 taken in order cover our side -> 3
    assertEquals(3, only(survey).resilience());
  }

  @Test
  void greedyMatchingThatFallsShortLeavesItToTheMaximumMatching() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "Werkplein", "P1")
            .contact("Anna", "Werkplein", "P2")
            .contact("Bert", "Werkplein", "P1")
            .contact("Cor", "Werkplein", "P2")
            .contact("Cor", "Werkplein", "P3")
            .build();
    // taken in order: Anna-P1, then Bert finds P1 taken, Cor-P2: two; but Bert-P1, Anna-P2 and
    // Cor-P3 make three
    assertEquals(3, only(survey).resilience());
  }

  @Test
  void unnamedMentionsShareOneNode() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "MJD", null)
            .contact("Bert", "MJD", null)
            .contact("Cor", "MJD", "X")
            .build();
    Row row = only(survey);
    // person nodes: unnamed {Anna, Bert} and X {Cor}: matching Anna-unnamed, Cor-X -> 2.
    assertEquals(3, row.figures().staff());
    assertEquals(3, row.figures().contacts());
    assertEquals(1, row.figures().externalPersons());
    assertEquals(1, row.mostNamedMentions());
    assertEquals(2, row.resilience());
    assertEquals(Risk.LOW, row.risk());
  }

  @Test
  void onlyUnnamedMentionsHangOnTheUnnamedNode() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "SVB", null)
            .contact("Bert", "SVB", null)
            .contact("Cor", "SVB", null)
            .build();
    Row row = only(survey);
    // one person node (unnamed) takes every link -> 1; no named person -> most-named 0, share 0.
    assertEquals(0, row.figures().externalPersons());
    assertEquals(0, row.mostNamedMentions());
    assertTrue(row.mostNamedPerson().isEmpty());
    assertEquals(0.0, row.share());
    assertEquals(1, row.resilience());
    assertEquals(Risk.HIGH, row.risk());
    assertTrue(row.carriers().get(0).isUnnamed());
  }

  @Test
  void oneStaffMemberAndOnePersonNameBothSides() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "Alfacollege", "Smit")
            .contact("Anna", "Alfacollege", "Smit")
            .contact("Anna", "Alfacollege", "Smit")
            .build();
    Row row = only(survey);
    assertEquals(Risk.HIGH, row.risk());
    assertEquals(
        List.of(Side.INTERNAL, Side.EXTERNAL), row.carriers().stream().map(Carrier::side).toList());
    assertEquals("Anna", row.carriers().get(0).name().orElseThrow());
    assertEquals("Smit", row.carriers().get(1).name().orElseThrow());
  }

  @Test
  void contactsExactlyAtMinContactsCount() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "A", "P")
            .contact("Bert", "A", "P")
            .contact("Cor", "A", "P")
            .contact("Anna", "B", "Q")
            .contact("Bert", "B", "Q")
            .build();
    Result result = FragilityAnalysis.analyse(survey);
    // A: 3 contacts = minContacts, resilience 1 -> high. B: 2 < 3 -> low despite resilience 1.
    assertEquals("A", result.rows().get(0).organisation().name());
    assertEquals(Risk.HIGH, result.rows().get(0).risk());
    assertEquals(Risk.LOW, result.rows().get(1).risk());
    assertEquals(1, result.rows().get(1).resilience());
    assertTrue(result.rows().get(1).carriers().isEmpty());
    // with minContacts 2, B becomes high too
    Result lower = FragilityAnalysis.analyse(survey, new Thresholds(2, 0.5));
    assertEquals(2, lower.highRisk().size());
  }

  @Test
  void shareExactlyAtMaxShareIsNotMedium() {
    Survey survey =
        TestSurveys.builder()
            // Even: 4 rows, P named 2 times -> share 2/4 = 0.5, not > 0.5 -> low.
            .contact("Anna", "Even", "P")
            .contact("Bert", "Even", "P")
            .contact("Anna", "Even", "Q")
            .contact("Bert", "Even", "R")
            // Over: 3 rows, P named 2 times -> share 2/3 > 0.5; resilience 2 -> medium.
            .contact("Anna", "Over", "P")
            .contact("Bert", "Over", "P")
            .contact("Bert", "Over", "Q")
            .build();
    Result result = FragilityAnalysis.analyse(survey);
    assertEquals("Over", result.rows().get(0).organisation().name());
    assertEquals(Risk.MEDIUM, result.rows().get(0).risk());
    assertEquals(2, result.rows().get(0).resilience());
    assertEquals("Even", result.rows().get(1).organisation().name());
    assertEquals(Risk.LOW, result.rows().get(1).risk());
  }

  @Test
  void rowsSortHighThenMediumThenLowEachByContactsThenName() {
    TestSurveys.Builder b = TestSurveys.builder();
    star(b, "High3", 3);
    star(b, "High5", 5);
    b.contact("A", "Medium", "P").contact("B", "Medium", "P").contact("B", "Medium", "Q");
    b.contact("A", "LowB", "P").contact("B", "LowB", "Q");
    b.contact("A", "LowA", "P").contact("B", "LowA", "Q");
    List<String> names =
        FragilityAnalysis.analyse(b.build()).rows().stream().map(r -> r.organisation().name()).toList();
    assertEquals(List.of("High5", "High3", "Medium", "LowA", "LowB"), names);
  }

  @Test
  void emptySurveyHasNoRows() {
    assertTrue(FragilityAnalysis.analyse(TestSurveys.builder().build()).rows().isEmpty());
  }

  @Test
  void badThresholdsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Thresholds(0, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new Thresholds(3, 1.5));
    assertThrows(IllegalArgumentException.class, () -> new Thresholds(3, Double.NaN));
  }

  private static void star(TestSurveys.Builder b, String organisation, int staff) {
    for (int i = 1; i <= staff; i++) {
      b.contact("S" + i, organisation, "Only");
    }
  }
}
