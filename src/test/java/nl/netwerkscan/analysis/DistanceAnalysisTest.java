package nl.netwerkscan.analysis;

import static nl.netwerkscan.model.FunctionGroup.BuiltIn.CASE_MANAGER;
import static nl.netwerkscan.model.FunctionGroup.BuiltIn.MANAGER;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CARE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CWI;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.EDUCATION;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.HOUSING;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class DistanceAnalysisTest {
  private static final double EXACT = 1e-12;

  @Test
  void distanceIsFiveMinusTheMeanAnswerOverFour() {
    assertEquals(0.0, DistanceAnalysis.distance(5));
    assertEquals(0.125, DistanceAnalysis.distance(4.5)); // (5 − 4.5) / 4
    assertEquals(0.5, DistanceAnalysis.distance(3));
    assertEquals(1.0, DistanceAnalysis.distance(1));
  }

  @Test
  void aspectDistancesMeanAndClosestFirst() {
    Survey survey =
        TestSurveys.builder()
            .type(EDUCATION)
            .contact("Anna", "Alfacollege", null, 2, 1, 0, 0, 0, 0, 0)
            .type(CWI)
            .contact("Anna", "CWI", "Jan", 5, 4, 0, 0, 0, 0, 0)
            .contact("Bert", "CWI", "Jan", 4, 0, 0, 0, 0, 0, 0)
            .type(WORK)
            .contact("Anna", "WeerWerk", null, 5, 4, 0, 0, 0, 0, 0)
            .build();
    DistanceAnalysis.Result result = DistanceAnalysis.of(survey);

    // CWI: intensity mean 4.5 → 0.125; importance mean 4 → 0.25; others empty;
    //      Mean = (0.125 + 0.25) / 2 = 0.1875.
    // Work: intensity 5 → 0, importance 4 → 0.25; Mean 0.125: closer than CWI.
    // Education: intensity 2 → 0.75, importance 1 → 1; Mean 0.875.
    // All: intensity (2+5+4+5)/4 = 4 → 0.25; importance (1+4+4)/3 = 3 → 0.5; Mean 0.375.
    List<Optional<OrganisationType>> order = result.rows().stream().map(DistanceAnalysis.Row::type).toList();
    assertEquals(
        List.of(
            Optional.of(OrganisationType.of(WORK)),
            Optional.of(OrganisationType.of(CWI)),
            Optional.of(OrganisationType.of(EDUCATION)),
            Optional.empty()),
        order);
    DistanceAnalysis.Row cwi = result.rows().get(1);
    assertEquals(0.125, cwi.distance(Aspect.INTENSITY).getAsDouble(), EXACT);
    assertEquals(0.25, cwi.distance(Aspect.IMPORTANCE).getAsDouble(), EXACT);
    assertTrue(cwi.distance(Aspect.TRUST).isEmpty(), "an aspect nobody answered has no distance");
    assertEquals(0.1875, cwi.mean().getAsDouble(), EXACT);
    assertEquals(2, cwi.contacts());
    assertEquals(List.of(2L, 1L, 0L, 0L, 0L, 0L, 0L), cwi.answered());
    assertEquals(0.125, result.rows().get(0).mean().getAsDouble(), EXACT);
    assertEquals(0.875, result.rows().get(2).mean().getAsDouble(), EXACT);

    DistanceAnalysis.Row all = result.all();
    assertTrue(all.isAll());
    assertEquals(0.25, all.distance(Aspect.INTENSITY).getAsDouble(), EXACT);
    assertEquals(0.5, all.distance(Aspect.IMPORTANCE).getAsDouble(), EXACT);
    assertEquals(0.375, all.mean().getAsDouble(), EXACT);
    assertEquals(4, all.contacts());
  }

  @Test
  void tiesGoInTypeOrderAndTypesWithoutAnyAnswerLast() {
    Survey survey =
        TestSurveys.builder()
            .type(HOUSING)
            .contact("Anna", "WPG", null) // no answers: no Mean
            .type(CARE)
            .contact("Anna", "GGz", null, 3)
            .type(WORK)
            .contact("Anna", "Kliq", null, 3)
            .build();
    List<Optional<OrganisationType>> order =
        DistanceAnalysis.of(survey).rows().stream().map(DistanceAnalysis.Row::type).toList();
    // Work and Care both 0.5: Work first by type order; Housing has no distance: last.
    assertEquals(
        List.of(
            Optional.of(OrganisationType.of(WORK)),
            Optional.of(OrganisationType.of(CARE)),
            Optional.of(OrganisationType.of(HOUSING)),
            Optional.empty()),
        order);
    assertTrue(DistanceAnalysis.of(survey).rows().get(2).mean().isEmpty());
  }

  @Test
  void emptySurveyHasOnlyAnEmptyAllRow() {
    DistanceAnalysis.Result result = DistanceAnalysis.of(TestSurveys.builder().build());
    assertEquals(1, result.rows().size());
    assertTrue(result.all().mean().isEmpty());
    assertEquals(0, result.all().contacts());
    assertTrue(result.types().isEmpty());
  }

  @Test
  void perFunctionGroupEachGroupListsItsTypesInTypeOrderThenItsAll() {
    Survey survey =
        TestSurveys.builder()
            .function(MANAGER)
            .type(WORK)
            .contact("Mia", "Kliq", null, 1)
            .function(CASE_MANAGER)
            .contact("Anna", "Kliq", null, 5)
            .type(CWI)
            .contact("Anna", "CWI", null, 3)
            .build();
    List<FunctionGroupDistanceAnalysis.Row> rows = FunctionGroupDistanceAnalysis.of(survey).rows();
    // Case managers: CWI intensity 3 → 0.5; Work 5 → 0; All (3+5)/2 = 4 → 0.25.
    // Managers: Work 1 → 1; All 1.
    FunctionGroup cm = FunctionGroup.of(CASE_MANAGER);
    FunctionGroup mgr = FunctionGroup.of(MANAGER);
    assertEquals(List.of(cm, cm, cm, mgr, mgr), rows.stream().map(FunctionGroupDistanceAnalysis.Row::group).toList());
    assertEquals(Optional.of(OrganisationType.of(CWI)), rows.get(0).distances().type());
    assertEquals(0.5, rows.get(0).distances().mean().getAsDouble(), EXACT);
    assertEquals(0.0, rows.get(1).distances().mean().getAsDouble(), EXACT);
    assertTrue(rows.get(2).distances().isAll());
    assertEquals(0.25, rows.get(2).distances().mean().getAsDouble(), EXACT);
    assertEquals(2, rows.get(2).distances().contacts());
    assertEquals(1.0, rows.get(3).distances().mean().getAsDouble(), EXACT);
    assertTrue(rows.get(4).distances().isAll());
    assertTrue(FunctionGroupDistanceAnalysis.of(TestSurveys.builder().build()).rows().isEmpty());
  }
}
