package nl.netwerkscan.analysis;

import static nl.netwerkscan.model.FunctionGroup.BuiltIn.BENEFIT_CONSULTANT;
import static nl.netwerkscan.model.FunctionGroup.BuiltIn.CASE_MANAGER;
import static nl.netwerkscan.model.FunctionGroup.BuiltIn.UNKNOWN;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CARE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class FunctionGroupAnalysisTest {

  @Test
  void dividesContactsOfEachTypeByTheRespondentsOfEachGroup() {
    Survey survey =
        TestSurveys.builder()
            .function(BENEFIT_CONSULTANT) // listed after case managers all the same
            .type(CARE)
            .contact("Dirk", "GGz", null)
            .function(CASE_MANAGER)
            .type(WORK)
            .contact("Anna", "WeerWerk", null)
            .contact("Anna", "WeerWerk", "Els")
            .contact("Anna", "Kliq", null)
            .contact("Bert", "Kliq", null)
            .contact("Bert", "GGz", null)
            .function(UNKNOWN)
            .contact("anoniem-1", "GGz", null)
            .build();
    // Respondents: case managers Anna, Bert (2); benefit consultant Dirk (1); unknown 1; all 4.
    // Work: case managers 4 contacts / 2 = 2.0; benefit 0 / 1; unknown 0 / 1; all 4 / 4 = 1.0.
    // Care: case managers 1 / 2 = 0.5; benefit 1 / 1 = 1.0; unknown 1 / 1; all 3 / 4 = 0.75.
    // Total: case managers 5 / 2 = 2.5; benefit 1; unknown 1; all 7 / 4 = 1.75.
    FunctionGroupAnalysis.Result result = FunctionGroupAnalysis.of(survey);

    assertEquals(
        List.of(
            FunctionGroup.of(CASE_MANAGER), FunctionGroup.of(BENEFIT_CONSULTANT), FunctionGroup.UNKNOWN),
        result.groups());
    assertEquals(List.of(2, 1, 1), result.respondents());
    assertEquals(4, result.allRespondents());
    assertEquals(
        List.of(
            new FunctionGroupAnalysis.Row(
                Optional.of(OrganisationType.of(WORK)), List.of(4L, 0L, 0L), List.of(2.0, 0.0, 0.0), 4, 1.0),
            new FunctionGroupAnalysis.Row(
                Optional.of(OrganisationType.of(CARE)), List.of(1L, 1L, 1L), List.of(0.5, 1.0, 1.0), 3, 0.75),
            new FunctionGroupAnalysis.Row(
                Optional.empty(), List.of(5L, 1L, 1L), List.of(2.5, 1.0, 1.0), 7, 1.75)),
        result.rows());
    assertTrue(result.rows().get(2).isTotal());
  }

  @Test
  void rosterStaffWhoDidNotRespondDoNotCount() {
    Survey survey =
        TestSurveys.builder()
            .function(CASE_MANAGER)
            .type(WORK)
            .contact("Anna", "WeerWerk", null)
            .contact("Anna", "Kliq", null)
            .staff("Anna", CASE_MANAGER, true)
            .staff("Bert", CASE_MANAGER, true)
            .build();
    // Bert is on the roster but named no contact: 2 contacts / 1 respondent = 2.0, not 1.0.
    FunctionGroupAnalysis.Result result = FunctionGroupAnalysis.of(survey);
    assertEquals(List.of(1), result.respondents());
    assertEquals(List.of(2.0), result.rows().get(0).perRespondent());
  }

  @Test
  void emptySurveyHasNoColumnsAndNoRows() {
    FunctionGroupAnalysis.Result result = FunctionGroupAnalysis.of(TestSurveys.builder().build());
    assertTrue(result.groups().isEmpty());
    assertTrue(result.rows().isEmpty());
  }
}
