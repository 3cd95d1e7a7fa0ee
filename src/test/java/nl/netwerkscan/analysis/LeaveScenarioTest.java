package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.netwerkscan.analysis.LeaveScenario.Change;
import nl.netwerkscan.analysis.LeaveScenario.Effect;
import nl.netwerkscan.analysis.LeaveScenario.Result;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class LeaveScenarioTest {

  /**
   * MTW: Anna, Bert, Cor all to Jansen (3 rows, resilience 1).
   * GGz: Anna–X, Bert–Y (2 rows, resilience 2).
   * MJD: Anna–Z, Bert unnamed, Cor unnamed (3 rows; unnamed {Bert, Cor}, Z {Anna} -> 2).
   */
  private static Survey survey() {
    return TestSurveys.builder()
        .contact("Anna", "MTW", "Jansen")
        .contact("Bert", "MTW", "Jansen")
        .contact("Cor", "MTW", "Jansen")
        .contact("Anna", "GGz", "X")
        .contact("Bert", "GGz", "Y")
        .contact("Anna", "MJD", "Z")
        .contact("Bert", "MJD", null)
        .contact("Cor", "MJD", null)
        .build();
  }

  @Test
  void leavingTheOnlyPersonOfAnOrganisationLosesAllContact() {
    Result result = LeaveScenario.simulate(survey(), List.of("jansen"));
    // MTW loses its 3 rows, resilience 1 -> 0; nothing else changes.
    assertEquals(1, result.lostContact().size());
    Change mtw = result.lostContact().get(0);
    assertEquals("MTW", mtw.organisation().name());
    assertEquals(3, mtw.contactsBefore());
    assertEquals(3, mtw.contactsLost());
    assertEquals(1, mtw.resilienceBefore());
    assertEquals(0, mtw.resilienceAfter());
    assertTrue(result.weakened().isEmpty());
    assertEquals(1, result.changes().size());
    assertEquals(List.of(Side.EXTERNAL), mtw.leaving().stream().map(Carrier::side).toList());
    assertEquals(3, result.contactsLost());
    assertEquals(List.of("Jansen"), result.leavingPersons().stream().map(ContactPerson::name).toList());
    assertTrue(result.leavingStaff().isEmpty());
    assertTrue(result.unmatched().isEmpty());
  }

  @Test
  void leavingOneOfTwoDropsResilienceFromTwoToOne() {
    Result result = LeaveScenario.simulate(survey(), List.of("ANNA"));
    // Anna leaves: MTW keeps Bert, Cor -> Jansen (1 -> 1, not listed, 1 row lost);
    // GGz keeps Bert–Y (2 -> 1, 1 row lost); MJD keeps Bert, Cor -> unnamed (2 -> 1, 1 row lost).
    assertTrue(result.lostContact().isEmpty());
    assertEquals(
        List.of("GGz 2->1", "MJD 2->1"),
        result.weakened().stream()
            .map(c -> c.organisation().name() + " " + c.resilienceBefore() + "->" + c.resilienceAfter())
            .sorted()
            .toList());
    assertEquals(3, result.contactsLost());
    // MTW only thins out: 1 of 3 rows lost, resilience stays 1. Changes: weakened, then fewer.
    assertEquals(
        List.of(Effect.WEAKENED, Effect.WEAKENED, Effect.FEWER_CONTACTS),
        result.changes().stream().map(Change::effect).toList());
    Change mtw = result.changes().get(2);
    assertEquals("MTW", mtw.organisation().name());
    assertEquals(1, mtw.contactsLost());
    assertEquals(List.of("Anna"), result.leavingStaff().stream().map(Respondent::name).toList());
  }

  @Test
  void namesMatchIgnoringCaseAccentsAndPunctuationAndUnknownNamesAreReported() {
    Result result = LeaveScenario.simulate(survey(), List.of(" Bért ", "C.O.R", "Nobody", " "));
    // Bert and Cor leave: MTW keeps Anna–Jansen (1 -> 1); GGz keeps Anna–X (2 -> 1);
    // MJD keeps Anna–Z (2 -> 1). Rows lost: MTW 2 + GGz 1 + MJD 2 = 5. The blank name is ignored.
    assertEquals(List.of("Nobody"), result.unmatched());
    assertEquals(List.of("Bért", "C.O.R", "Nobody"), result.names());
    assertEquals(List.of("Bert", "Cor"), result.leavingStaff().stream().map(Respondent::name).toList());
    assertEquals(5, result.contactsLost());
    assertEquals(2, result.weakened().size());
    // Order: contacts before descending, then name: MJD (3) before GGz (2).
    assertEquals("MJD", result.weakened().get(0).organisation().name());
  }

  @Test
  void theUnnamedNodeNeverLeaves() {
    Result result = LeaveScenario.simulate(survey(), List.of("Anna", "Z"));
    // MJD keeps Bert, Cor -> unnamed: resilience 2 -> 1, not lost.
    assertTrue(
        result.weakened().stream().anyMatch(c -> c.organisation().name().equals("MJD")));
    assertTrue(result.lostContact().isEmpty());
  }

  @Test
  void everyoneOfOurSideLeavingLosesEverything() {
    Result result = LeaveScenario.simulate(survey(), List.of("Anna", "Bert", "Cor"));
    assertEquals(3, result.lostContact().size());
    assertEquals(8, result.contactsLost());
  }

  @Test
  void emptySurveyAndNoNames() {
    Result empty = LeaveScenario.simulate(TestSurveys.builder().build(), List.of("Anna"));
    assertEquals(List.of("Anna"), empty.unmatched());
    Result none = LeaveScenario.simulate(survey(), List.of());
    assertEquals(0, none.contactsLost());
    assertTrue(none.lostContact().isEmpty() && none.weakened().isEmpty());
  }
}
