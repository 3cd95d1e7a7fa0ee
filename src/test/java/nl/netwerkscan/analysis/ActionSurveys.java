package nl.netwerkscan.analysis;

import static nl.netwerkscan.model.FunctionGroup.BuiltIn.CASE_MANAGER;
import static nl.netwerkscan.model.FunctionGroup.BuiltIn.FINANCIAL_CONSULTANT;
import static nl.netwerkscan.model.FunctionGroup.BuiltIn.UNKNOWN;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CARE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CWI;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.EDUCATION;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.FINANCE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.HOUSING;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.WORK;

import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;

/**
 * The hand-built survey of the action plan and handover tests, one organisation per kind of
 * action (answers: dependency only, the third number).
 *
 * <ul>
 *   <li>MTW (work): Anna ×2, Bert, Cor all to Jansen, dependency 5: their single person.
 *   <li>SVB (job centre): Anna once, Bert twice, no names, dependency 5: only unnamed mentions.
 *   <li>GeldZorg (finance): Dirk (financial consultant) to X ×2, Y, Z, dependency 4: our single
 *       staff member.
 *   <li>Alfacollege (education): Eva (case manager) to Kees ×3, no dependency: both sides single.
 *   <li>GGz (care): Anna–X, Bert–X, Bert–Y, dependency 5: X has 2/3, resilience 2, medium.
 *   <li>Woonstad (housing): Anna–W1, Bert–W2, Cor–W3 ×2: resilience 3, low.
 *   <li>Kredietbank (finance): Fay (financial consultant) K1, Gijs (case manager) K2, K3, K4: low.
 *   <li>Hans (financial consultant) alone at Budgetbureau ×2, Schuldhulp ×2, Bank ×1 (finance, all
 *       low): 5 finance contacts, the only staff member at 3 organisations, so overloaded.
 * </ul>
 */
public final class ActionSurveys {
  private ActionSurveys() {}

  public static Survey actions() {
    return TestSurveys.builder()
        .function(UNKNOWN)
        .type(WORK)
        .contact("Anna", "MTW", "Jansen", 0, 0, 5)
        .contact("Anna", "MTW", "Jansen", 0, 0, 5)
        .contact("Bert", "MTW", "Jansen", 0, 0, 5)
        .contact("Cor", "MTW", "Jansen", 0, 0, 5)
        .type(CWI)
        .contact("Anna", "SVB", null, 0, 0, 5)
        .contact("Bert", "SVB", null, 0, 0, 5)
        .contact("Bert", "SVB", null, 0, 0, 5)
        .function(FINANCIAL_CONSULTANT)
        .type(FINANCE)
        .contact("Dirk", "GeldZorg", "X", 0, 0, 4)
        .contact("Dirk", "GeldZorg", "X", 0, 0, 4)
        .contact("Dirk", "GeldZorg", "Y", 0, 0, 4)
        .contact("Dirk", "GeldZorg", "Z", 0, 0, 4)
        .function(CASE_MANAGER)
        .type(EDUCATION)
        .contact("Eva", "Alfacollege", "Kees")
        .contact("Eva", "Alfacollege", "Kees")
        .contact("Eva", "Alfacollege", "Kees")
        .type(CARE)
        .contact("Anna", "GGz", "X", 0, 0, 5)
        .contact("Bert", "GGz", "X", 0, 0, 5)
        .contact("Bert", "GGz", "Y", 0, 0, 5)
        .type(HOUSING)
        .contact("Anna", "Woonstad", "W1")
        .contact("Bert", "Woonstad", "W2")
        .contact("Cor", "Woonstad", "W3")
        .contact("Cor", "Woonstad", "W3")
        .type(FINANCE)
        .function(FINANCIAL_CONSULTANT)
        .contact("Fay", "Kredietbank", "K1")
        .function(CASE_MANAGER)
        .contact("Gijs", "Kredietbank", "K2")
        .contact("Gijs", "Kredietbank", "K3")
        .contact("Gijs", "Kredietbank", "K4")
        .function(FINANCIAL_CONSULTANT)
        .contact("Hans", "Budgetbureau", "B1")
        .contact("Hans", "Budgetbureau", "B1")
        .contact("Hans", "Schuldhulp", "S1")
        .contact("Hans", "Schuldhulp", "S1")
        .contact("Hans", "Bank", "Q1")
        .build();
  }
}
