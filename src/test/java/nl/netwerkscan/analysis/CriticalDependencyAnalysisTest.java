package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.netwerkscan.analysis.CriticalDependencyAnalysis.Reason;
import nl.netwerkscan.analysis.CriticalDependencyAnalysis.Row;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class CriticalDependencyAnalysisTest {

  // Aspect order: intensity, importance, dependency, cooperation, expertise, reliability, trust.

  private static List<Row> analyse(Survey survey) {
    return CriticalDependencyAnalysis.analyse(survey, FragilityAnalysis.analyse(survey)).rows();
  }

  @Test
  void listsDependedOnPartnersWithLowReliabilityTrustOrFragility() {
    Survey survey =
        TestSurveys.builder()
            // UWV: dependency 5,3 -> mean 4 (counts); reliability 3,3 -> 3 (counts);
            // trust 4,4 -> 4; 2 staff 2 persons: resilience 2 -> LOW_RELIABILITY only.
            .contact("Anna", "UWV", "P", 0, 0, 5, 0, 0, 3, 4)
            .contact("Bert", "UWV", "Q", 0, 0, 3, 0, 0, 3, 4)
            // MTW: dependency 5,5,4 -> 4.67; reliability 5; trust 2,2,3 -> 2.33; star of 3 to
            // Jansen -> high risk: LOW_TRUST and FRAGILE.
            .contact("Anna", "MTW", "Jansen", 0, 0, 5, 0, 0, 5, 2)
            .contact("Bert", "MTW", "Jansen", 0, 0, 5, 0, 0, 5, 2)
            .contact("Cor", "MTW", "Jansen", 0, 0, 4, 0, 0, 5, 3)
            // GGz: dependency 4,3 -> 3.5 < 4: not listed although reliability is 1.
            .contact("Anna", "GGz", "X", 0, 0, 4, 0, 0, 1, 1)
            .contact("Bert", "GGz", "Y", 0, 0, 3, 0, 0, 1, 1)
            // SVB: nobody answered dependency: not listed although fragile (star of 3).
            .contact("Anna", "SVB", "S", 0, 0, 0, 0, 0, 1, 1)
            .contact("Bert", "SVB", "S", 0, 0, 0, 0, 0, 1, 1)
            .contact("Cor", "SVB", "S", 0, 0, 0, 0, 0, 1, 1)
            // Kliq: dependency 5, reliability and trust unanswered, not fragile: not listed.
            .contact("Anna", "Kliq", "K", 0, 0, 5, 0, 0, 0, 0)
            .contact("Bert", "Kliq", "L", 0, 0, 5, 0, 0, 0, 0)
            .build();

    List<Row> rows = analyse(survey);

    assertEquals(2, rows.size());
    // MTW has two reasons, so it comes first.
    Row mtw = rows.get(0);
    assertEquals("MTW", mtw.organisation().name());
    assertEquals(Set.of(Reason.LOW_TRUST, Reason.FRAGILE), mtw.reasons());
    assertEquals(14.0 / 3, mtw.meanDependency(), 1e-12);
    assertEquals(3, mtw.dependencyAnswers());
    assertEquals(5.0, mtw.meanReliability().getAsDouble());
    assertEquals(7.0 / 3, mtw.meanTrust().getAsDouble(), 1e-12);
    assertEquals(Risk.HIGH, mtw.risk());
    assertEquals(1, mtw.resilience());
    assertEquals(3, mtw.contacts());

    Row uwv = rows.get(1);
    assertEquals("UWV", uwv.organisation().name());
    assertEquals(Set.of(Reason.LOW_RELIABILITY), uwv.reasons());
    assertEquals(4.0, uwv.meanDependency());
    assertEquals(3.0, uwv.meanReliability().getAsDouble());
    assertEquals(Risk.LOW, uwv.risk());
    assertEquals(2, uwv.resilience());
  }

  @Test
  void emptySurveyHasNoCriticalDependencies() {
    assertTrue(analyse(TestSurveys.builder().build()).isEmpty());
  }
}
