package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.netwerkscan.analysis.ActionPlanAnalysis.Action;
import nl.netwerkscan.analysis.ActionPlanAnalysis.Kind;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class ActionPlanAnalysisTest {
  private static final List<Action> ACTIONS =
      ActionPlanAnalysis.analyse(ActionSurveys.actions(), FragilityAnalysis.Thresholds.DEFAULTS).actions();

  /** Priority, organisation, kind, who, person, colleagues, steps: one line per action. */
  private static String line(Action action) {
    return action.priority() + " " + action.relation().organisation().name() + " " + action.kind()
        + " " + action.who().name() + " " + action.person().map(ContactPerson::name).orElse("-")
        + " " + action.colleagues().stream().map(Respondent::name).toList() + " " + action.steps();
  }

  @Test
  void everyHighAndMediumRiskOrganisationGetsItsActionsInPriorityOrder() {
    // High first: MTW and SVB (dependency 5; MTW has 4 contacts, SVB 3), GeldZorg (4), then
    // Alfacollege (nobody rated dependency); the medium GGz last despite its dependency 5.
    assertEquals(
        List.of(
            "1 MTW ASK_SECOND_PERSON Anna Jansen [] 1",
            "2 SVB ASK_NAMED_PERSON Bert - [] 1",
            "3 GeldZorg INTRODUCE_COLLEAGUE Dirk - [Fay, Gijs] 1",
            "4 Alfacollege INTRODUCE_COLLEAGUE Eva - [Gijs, Anna] 2",
            "4 Alfacollege ASK_SECOND_PERSON Eva Kees [] 2",
            "5 GGz SPREAD_CONTACT Anna X [] 0"),
        ACTIONS.stream().map(ActionPlanAnalysisTest::line).toList());
  }

  @Test
  void theMeanDependencyIsCarriedForTheWhySentence() {
    assertEquals(OptionalDouble.of(5.0), ACTIONS.get(0).meanDependency());
    assertEquals(OptionalDouble.of(4.0), ACTIONS.get(2).meanDependency());
    assertEquals(OptionalDouble.empty(), ACTIONS.get(3).meanDependency());
  }

  @Test
  void lowRiskOrganisationsHaveNoAction() {
    List<String> acted = ACTIONS.stream().map(a -> a.relation().organisation().name()).toList();
    for (String low : List.of("Woonstad", "Kredietbank", "Budgetbureau", "Schuldhulp", "Bank")) {
      assertTrue(!acted.contains(low), low);
    }
  }

  /**
   * Dirk's colleagues: Hans has the most finance contacts (5) and Dirk's function but is the only
   * staff member at 3 organisations, so he is skipped; Fay shares Dirk's function and comes
   * before Gijs, who has more finance contacts (3 to Fay's 1).
   */
  @Test
  void theSuggestedColleagueRuleSkipsTheOverloadedAndPrefersTheFunctionGroup() {
    Action geldZorg = ACTIONS.get(2);
    assertEquals(List.of("Fay", "Gijs"), geldZorg.colleagues().stream().map(Respondent::name).toList());
  }

  /** Without function groups, the type's contacts decide, then the name. */
  @Test
  void withoutAFunctionTheContactsOfTheTypeDecide() {
    Survey survey =
        TestSurveys.builder()
            .type(nl.netwerkscan.model.OrganisationType.BuiltIn.CARE)
            .contact("Sol", "Zorgpunt", "A")
            .contact("Sol", "Zorgpunt", "B")
            .contact("Sol", "Zorgpunt", "C")
            .contact("Zeno", "Wijkteam", "D")
            .contact("Bo", "Wijkteam", "E")
            .contact("Zeno", "Huisarts", "F")
            .type(nl.netwerkscan.model.OrganisationType.BuiltIn.WORK)
            .contact("Bo", "Uitzendbureau", "G")
            .contact("Ad", "Uitzendbureau", "H")
            .build();
    Action zorgpunt =
        ActionPlanAnalysis.analyse(survey, FragilityAnalysis.Thresholds.DEFAULTS).actions().get(0);
    assertEquals(Kind.INTRODUCE_COLLEAGUE, zorgpunt.kind());
    // Zeno 2 care contacts, Bo 1, Ad 0.
    assertEquals(List.of("Zeno", "Bo"), zorgpunt.colleagues().stream().map(Respondent::name).toList());
  }

  @Test
  void aLoneStaffMemberWithoutColleaguesGetsNoSuggestion() {
    Survey survey =
        TestSurveys.builder().contact("Sol", "Zorgpunt", "A").contact("Sol", "Zorgpunt", "B")
            .contact("Sol", "Zorgpunt", "C").build();
    Action only = ActionPlanAnalysis.analyse(survey, FragilityAnalysis.Thresholds.DEFAULTS).actions().get(0);
    assertEquals(List.of(), only.colleagues());
    assertEquals(Optional.empty(), only.person());
  }
}
