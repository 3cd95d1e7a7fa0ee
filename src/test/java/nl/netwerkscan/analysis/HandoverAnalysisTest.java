package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.netwerkscan.analysis.HandoverAnalysis.Handover;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Respondent;
import org.junit.jupiter.api.Test;

class HandoverAnalysisTest {
  private static final List<String> LEAVE = List.of("Jansen", "Anna", "dirk", "Nobody");

  /** Leaver, organisation, contacts, knows, successor, basis, successor's contacts there and of the type. */
  private static String line(Handover h) {
    return h.leaving().name().orElseThrow() + " " + h.organisation().name() + " " + h.contacts() + " "
        + h.knownPersons().stream().map(ContactPerson::name).toList() + " "
        + h.colleagues().stream().map(Respondent::name).toList() + " "
        + h.successor().map(Respondent::name).orElse("-") + " " + h.basis() + " " + h.successorContacts()
        + " " + h.successorContactsOfType();
  }

  /**
   * Anna: at MTW Bert and Cor know the organisation (1 contact each: Bert by name), at GGz and
   * SVB Bert, at Woonstad Cor (2 contacts to Bert's 1). Dirk alone at GeldZorg: the rule's Fay
   * (Hans overloaded, Anna leaving). Jansen: ask MTW, and name Bert and Cor who stay. Leavers
   * in the order given.
   */
  @Test
  void eachLeaverGetsASuccessorPerOrganisation() {
    List<Handover> handovers =
        HandoverAnalysis.analyse(ActionSurveys.actions(), FragilityAnalysis.Thresholds.DEFAULTS, LEAVE).handovers();
    assertEquals(
        List.of(
            "Jansen MTW 4 [] [Bert, Cor] - ASK_SUCCESSOR 0 0",
            "Anna MTW 2 [Jansen] [] Bert KNOWS_ORGANISATION 1 1",
            "Anna GGz 1 [X] [] Bert KNOWS_ORGANISATION 2 2",
            "Anna SVB 1 [] [] Bert KNOWS_ORGANISATION 2 2",
            "Anna Woonstad 1 [W1] [] Cor KNOWS_ORGANISATION 2 2",
            "Dirk GeldZorg 4 [X, Y, Z] [] Fay SUGGESTED 0 1"),
        handovers.stream().map(HandoverAnalysisTest::line).toList());
  }

  @Test
  void aNameThatMatchesNobodyHasNoRowAndStaysUnmatched() {
    LeaveScenario.Result scenario = LeaveScenario.simulate(ActionSurveys.actions(), LEAVE);
    assertEquals(List.of("Nobody"), scenario.unmatched());
    List<Handover> handovers =
        HandoverAnalysis.analyse(ActionSurveys.actions(), FragilityAnalysis.Thresholds.DEFAULTS, List.of("Nobody"))
            .handovers();
    assertEquals(List.of(), handovers);
  }

  /** Hans is overloaded and Fay and Gijs leave too: nobody can take over from Dirk. */
  @Test
  void nobodyAvailableWhenEveryColleagueLeavesOrIsOverloaded() {
    List<String> leave = List.of("Dirk", "Fay", "Gijs", "Anna", "Bert", "Cor", "Eva");
    Handover dirk =
        HandoverAnalysis.analyse(ActionSurveys.actions(), FragilityAnalysis.Thresholds.DEFAULTS, leave)
            .handovers().stream().filter(h -> h.leaving().name().orElseThrow().equals("Dirk")).findFirst().orElseThrow();
    assertEquals("Dirk GeldZorg 4 [X, Y, Z] [] - NOBODY_AVAILABLE 0 0", line(dirk));
  }
}
