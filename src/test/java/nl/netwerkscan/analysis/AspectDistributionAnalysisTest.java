package nl.netwerkscan.analysis;

import static nl.netwerkscan.model.OrganisationType.BuiltIn.CARE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CWI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class AspectDistributionAnalysisTest {
  private static final OrganisationType CWI_TYPE = OrganisationType.of(CWI);
  private static final OrganisationType CARE_TYPE = OrganisationType.of(CARE);

  private final Survey survey =
      TestSurveys.builder()
          .type(CWI)
          .contact("Anna", "CWI", "Jan", 5, 4)
          .contact("Bert", "CWI", "Jan", 5, 0)
          .contact("Carla", "CWI", null, 3, 0)
          .contact("Dirk", "CWI", null) // answered nothing, still a used row
          .type(CARE)
          .contact("Anna", "GGz", null, 0, 0) // Care answered no aspect at all
          .build();

  @Test
  void countsEachAnswerAndItsShareOfTheAnsweredRowsOfTheType() {
    AspectDistributionAnalysis.Result result = AspectDistributionAnalysis.of(survey);
    // 7 aspects × 2 types × 5 values
    assertEquals(70, result.rows().size());
    assertEquals(List.of(CWI_TYPE, CARE_TYPE), result.types());

    // Intensity, CWI: answers 5, 5, 3 (Dirk did not answer): 5 → 2/3, 4 → 0, 3 → 1/3.
    List<AspectDistributionAnalysis.Row> intensity = result.rows(Aspect.INTENSITY);
    assertEquals(
        new AspectDistributionAnalysis.Row(Aspect.INTENSITY, CWI_TYPE, 5, 2, 3, OptionalDouble.of(2.0 / 3)),
        intensity.get(0));
    assertEquals(
        new AspectDistributionAnalysis.Row(Aspect.INTENSITY, CWI_TYPE, 4, 0, 3, OptionalDouble.of(0.0)),
        intensity.get(1));
    assertEquals(
        new AspectDistributionAnalysis.Row(Aspect.INTENSITY, CWI_TYPE, 3, 1, 3, OptionalDouble.of(1.0 / 3)),
        intensity.get(2));
    assertEquals(1, intensity.get(4).value());

    // Importance, CWI: one answer 4 → share 1.
    AspectDistributionAnalysis.Row importance4 = result.rows(Aspect.IMPORTANCE).get(1);
    assertEquals(4, importance4.value());
    assertEquals(1.0, importance4.share().getAsDouble());
  }

  @Test
  void aTypeThatNobodyRatedHasZeroCountsAndNoShares() {
    AspectDistributionAnalysis.Result result = AspectDistributionAnalysis.of(survey);
    List<AspectDistributionAnalysis.Row> care =
        result.rows().stream().filter(r -> r.type().equals(CARE_TYPE)).toList();
    assertEquals(35, care.size());
    assertTrue(care.stream().allMatch(r -> r.count() == 0 && r.answered() == 0 && r.share().isEmpty()));
  }

  @Test
  void emptySurveyHasNoRows() {
    assertTrue(AspectDistributionAnalysis.of(TestSurveys.builder().build()).rows().isEmpty());
  }
}
