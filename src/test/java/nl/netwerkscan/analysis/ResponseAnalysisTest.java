package nl.netwerkscan.analysis;

import static nl.netwerkscan.model.FunctionGroup.BuiltIn.BENEFIT_CONSULTANT;
import static nl.netwerkscan.model.FunctionGroup.BuiltIn.CASE_MANAGER;
import static nl.netwerkscan.model.FunctionGroup.BuiltIn.MANAGER;
import static nl.netwerkscan.model.FunctionGroup.BuiltIn.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class ResponseAnalysisTest {

  @Test
  void withRosterStaffAskedRespondedAndPercentagePerGroup() {
    Survey survey =
        TestSurveys.builder()
            .function(CASE_MANAGER)
            .contact("Anna", "CWI", null)
            .contact("Anna", "GGz", null)
            .contact("Bert", "CWI", null)
            .function(MANAGER)
            .contact("Mia", "CWI", null)
            .function(UNKNOWN)
            .contact("anoniem-1", "CWI", null)
            .staff("Anna", CASE_MANAGER, true)
            .staff("Bert", CASE_MANAGER, true)
            .staff("Carla", CASE_MANAGER, true)
            .staff("Dirk", CASE_MANAGER, true)
            .staff("Mia", MANAGER, true)
            .staff("Max", MANAGER, false)
            .staff("Bea", BENEFIT_CONSULTANT, true)
            .build();
    // Case managers: 4 staff, 4 asked, Anna and Bert responded: 2/4 = 0.5.
    // Benefit consultants: 1, 1, 0 → 0. Managers: 2 staff, 1 asked (Max was not), Mia → 1/1.
    // Unknown: anoniem-1, not on the roster: Responded only.
    // Total: 7 staff, 6 asked, 4 responded → 4/6.
    assertEquals(
        List.of(
            row(CASE_MANAGER, 4, 4, 2, 0.5),
            row(BENEFIT_CONSULTANT, 1, 1, 0, 0.0),
            row(MANAGER, 2, 1, 1, 1.0),
            new ResponseAnalysis.Row(
                Optional.of(FunctionGroup.UNKNOWN), OptionalLong.empty(), OptionalLong.empty(), 1, OptionalDouble.empty()),
            new ResponseAnalysis.Row(
                Optional.empty(), OptionalLong.of(7), OptionalLong.of(6), 4, OptionalDouble.of(4.0 / 6))),
        ResponseAnalysis.of(survey).rows());
    assertTrue(ResponseAnalysis.of(survey).hasRoster());
  }

  @Test
  void aRespondentWithoutFunctionOnTheRosterCountsInTheRostersGroup() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "CWI", null) // no function in Contacten
            .staff("anna", CASE_MANAGER, true) // key matches: "anna"
            .build();
    List<ResponseAnalysis.Row> rows = ResponseAnalysis.of(survey).rows();
    assertEquals(List.of(row(CASE_MANAGER, 1, 1, 1, 1.0)), rows.subList(0, 1));
    assertEquals(2, rows.size(), "no Unknown row: Anna is on the roster");
  }

  @Test
  void withoutRosterOnlyRespondedIsFilled() {
    Survey survey =
        TestSurveys.builder()
            .function(CASE_MANAGER)
            .contact("Anna", "CWI", null)
            .contact("Bert", "CWI", null)
            .function(UNKNOWN)
            .contact("anoniem-1", "CWI", null)
            .build();
    ResponseAnalysis.Result result = ResponseAnalysis.of(survey);
    assertFalse(result.hasRoster());
    // Case managers 2, Unknown 1, Total 3; nothing else.
    assertEquals(List.of(2L, 1L, 3L), result.rows().stream().map(ResponseAnalysis.Row::responded).toList());
    assertTrue(
        result.rows().stream()
            .allMatch(r -> r.staff().isEmpty() && r.asked().isEmpty() && r.percentage().isEmpty()));
    assertTrue(result.rows().get(2).isTotal());
  }

  @Test
  void emptySurveyHasOnlyATotalOfZero() {
    List<ResponseAnalysis.Row> rows = ResponseAnalysis.of(TestSurveys.builder().build()).rows();
    assertEquals(1, rows.size());
    assertEquals(0, rows.get(0).responded());
    assertTrue(rows.get(0).isTotal());
  }

  private static ResponseAnalysis.Row row(
      FunctionGroup.BuiltIn group, long staff, long asked, long responded, double percentage) {
    return new ResponseAnalysis.Row(
        Optional.of(FunctionGroup.of(group)),
        OptionalLong.of(staff),
        OptionalLong.of(asked),
        responded,
        OptionalDouble.of(percentage));
  }
}
