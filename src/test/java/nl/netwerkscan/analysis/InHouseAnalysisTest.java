package nl.netwerkscan.analysis;

import static nl.netwerkscan.model.OrganisationType.BuiltIn.CARE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CWI;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.junit.jupiter.api.Test;

class InHouseAnalysisTest {
  private static final double TOLERANCE = 1e-9;

  // Intensity only. All: in-house {5, 4, 4}, external {3, 4, 2, 2}.
  // CWI: in-house {5, 4, 4}, external {3, 4}. Work: external only. Care: in-house only.
  // The CWI row with unknown in-house (answer 1) takes no part anywhere.
  private final Survey survey =
      TestSurveys.builder()
          .type(CWI)
          .inHouse(InHouse.YES)
          .contact("Anna", "CWI", "Jan", 5)
          .contact("Bert", "CWI", "Jan", 4)
          .contact("Carla", "CWI", "Els", 4)
          .inHouse(InHouse.NO)
          .contact("Dirk", "CWI", "Kees", 3)
          .contact("Anna", "CWI", "Kees", 4)
          .inHouse(InHouse.UNKNOWN)
          .contact("Anna", "CWI", null, 1)
          .type(WORK)
          .inHouse(InHouse.NO)
          .contact("Anna", "Kliq", null, 2)
          .contact("Bert", "Kliq", null, 2)
          .type(CARE)
          .inHouse(InHouse.YES)
          .contact("Anna", "GGz", null, 5)
          .build();

  @Test
  void allRowsFirstThenOnlyTypesWithBothInHouseAndExternalAnswers() {
    List<InHouseAnalysis.Row> rows = InHouseAnalysis.of(survey).rows();
    // 7 for All, 7 for CWI; none for Work (external only) or Care (in-house only).
    assertEquals(14, rows.size());
    assertTrue(rows.subList(0, 7).stream().allMatch(InHouseAnalysis.Row::isAll));
    assertTrue(rows.subList(7, 14).stream().allMatch(r -> r.type().equals(Optional.of(OrganisationType.of(CWI)))));
    assertEquals(List.of(Aspect.values()), rows.subList(0, 7).stream().map(InHouseAnalysis.Row::aspect).toList());
  }

  @Test
  void pValueAndEffectMatchTheHandComputation() {
    InHouseAnalysis.Row all = InHouseAnalysis.of(survey).rows().get(0);
    // All (Care's in-house answer and Work's external ones count here, unknown does not):
    // in-house {5, 4, 4, 5}, external {3, 4, 2, 2}; means 4.5 and 2.75, difference 1.75.
    // Ranks of 2,2,3,4,4,4,5,5: 1.5,1.5,3,5,5,5,7.5,7.5; in-house rank sum 7.5+7.5+5+5 = 25,
    // U = 25 − 4·5/2 = 15 (pairs: each 5 beats all four → 8; each 4 beats 3,2,2 and ties 4 →
    // 3.5, twice → 7). E = 4·4/2 = 8. Tie groups 2,2 · 4,4,4 · 5,5: c = 6 + 24 + 6 = 36;
    // var = 16/12 · (9 − 36/(8·7)) = 11.142857142857142;
    // z = (15 − 8 − 0.5)/√var = 6.5/3.3381 = 1.9472202409246537;
    // p = 2·(1 − Φ(z)) = erfc(z/√2) = 0.05150833604880689 (Python math.erfc).
    // Effect r = 2·15/16 − 1 = 0.875.
    assertEquals(4, all.nInHouse());
    assertEquals(4, all.nExternal());
    assertEquals(4.5, all.meanInHouse().getAsDouble(), TOLERANCE);
    assertEquals(2.75, all.meanExternal().getAsDouble(), TOLERANCE);
    assertEquals(1.75, all.difference().getAsDouble(), TOLERANCE);
    double z = 6.5 / Math.sqrt(16.0 / 12 * (9 - 36.0 / 56));
    assertEquals(1.9472202409246537, z, 1e-12);
    assertEquals(HAND_P_ALL, all.pValue().getAsDouble(), TOLERANCE);
    assertEquals(0.875, all.effect().getAsDouble(), TOLERANCE);

    InHouseAnalysis.Row cwi = InHouseAnalysis.of(survey).rows().get(7);
    // CWI: in-house {5, 4, 4}, external {3, 4}. Ranks of 3,4,4,4,5: 1,3,3,3,5; in-house
    // rank sum 11, U = 11 − 3·4/2 = 5 (5 beats 3 and 4 → 2; each 4 beats 3, ties 4 → 1.5·2).
    // E = 3; the only tie group is the three 4s: c = 27 − 3 = 24;
    // var = 6/12 · (6 − 24/(5·4)) = 0.5 · 4.8 = 2.4; z = (5 − 3 − 0.5)/√2.4 = 0.9682458365518541;
    // p = erfc(z/√2) = 0.33292160806556603 (Python math.erfc; SciPy 1.17.1 gives
    // 0.3329216080655659); r = 2·5/6 − 1 = 2/3.
    assertEquals(Aspect.INTENSITY, cwi.aspect());
    assertEquals(3, cwi.nInHouse());
    assertEquals(2, cwi.nExternal());
    assertEquals(13.0 / 3 - 3.5, cwi.difference().getAsDouble(), TOLERANCE);
    assertEquals(0.33292160806556603, cwi.pValue().getAsDouble(), TOLERANCE);
    assertEquals(2.0 / 3, cwi.effect().getAsDouble(), TOLERANCE);
  }

  // erfc(1.9472202409246537/√2) from Python's math.erfc. Cross-checked with SciPy 1.17.1:
  // scipy.stats.mannwhitneyu([5,4,4,5], [3,4,2,2], use_continuity=True,
  // alternative='two-sided', method='asymptotic') gives U = 15, p = 0.05150833604880684.
  private static final double HAND_P_ALL = 0.05150833604880689;

  @Test
  void anAspectNobodyAnsweredHasNoFigures() {
    InHouseAnalysis.Row trust = InHouseAnalysis.of(survey).rows().get(Aspect.TRUST.ordinal());
    assertEquals(0, trust.nInHouse());
    assertEquals(0, trust.nExternal());
    assertTrue(trust.meanInHouse().isEmpty());
    assertTrue(trust.difference().isEmpty());
    assertTrue(trust.pValue().isEmpty());
    assertTrue(trust.effect().isEmpty());
  }

  @Test
  void everyAnswerTiedGivesPValueOneAndNoEffect() {
    Survey tied =
        TestSurveys.builder()
            .inHouse(InHouse.YES)
            .contact("Anna", "CWI", null, 3)
            .contact("Bert", "CWI", null, 3)
            .inHouse(InHouse.NO)
            .contact("Anna", "Kliq", null, 3)
            .contact("Bert", "Kliq", null, 3)
            .contact("Carla", "Kliq", null, 3)
            .build();
    InHouseAnalysis.Row row = InHouseAnalysis.of(tied).rows().get(0);
    // U = 2·3/2 = 3 = E: r = 2·3/6 − 1 = 0; variance 0, so the contract's p = 1.
    assertEquals(1.0, row.pValue().getAsDouble());
    assertEquals(0.0, row.effect().getAsDouble());
    assertEquals(0.0, row.difference().getAsDouble());
  }

  @Test
  void theLibraryGivesNaNWhenEveryAnswerIsTied() {
    // Why InHouseAnalysis special-cases all-tied samples: variance (n1n2/12)((n+1) − c/(n(n−1)))
    // is 0 when c = n³ − n, and the library divides 0 by 0.
    MannWhitneyUTest.Result result =
        MannWhitneyUTest.withDefaults()
            .with(PValueMethod.ASYMPTOTIC)
            .with(ContinuityCorrection.ENABLED)
            .test(new double[] {3, 3}, new double[] {3, 3, 3});
    assertTrue(Double.isNaN(result.getPValue()));
    assertEquals(3.0, result.getStatistic());
  }

  @Test
  void theLibrarysStatisticIsTheFirstSamplesU() {
    // x = {5, 4}, y = {3}: both pairs have x higher: U_x = 2, and U_y = 0 the other way round.
    // x = {5, 3}, y = {3}: one pair higher, one tied: 1 + ½ = 1.5. So the statistic counts the
    // pairs where the first sample is higher, ties one half: pass the in-house sample first.
    MannWhitneyUTest test = MannWhitneyUTest.withDefaults();
    assertEquals(2.0, test.statistic(new double[] {5, 4}, new double[] {3}));
    assertEquals(0.0, test.statistic(new double[] {3}, new double[] {5, 4}));
    assertEquals(1.5, test.statistic(new double[] {5, 3}, new double[] {3}));
  }

  @Test
  void fewerThanTwoAnswersOnEitherSideGivesNoPValue() {
    Survey small =
        TestSurveys.builder()
            .inHouse(InHouse.YES)
            .contact("Anna", "CWI", null, 5)
            .inHouse(InHouse.NO)
            .contact("Anna", "Kliq", null, 1)
            .contact("Bert", "Kliq", null, 2)
            .build();
    InHouseAnalysis.Row row = InHouseAnalysis.of(small).rows().get(0);
    assertEquals(5 - 1.5, row.difference().getAsDouble(), TOLERANCE);
    assertTrue(row.pValue().isEmpty());
    assertTrue(row.effect().isEmpty());
  }

  @Test
  void emptySurveyHasSevenEmptyAllRows() {
    List<InHouseAnalysis.Row> rows = InHouseAnalysis.of(TestSurveys.builder().build()).rows();
    assertEquals(7, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.nInHouse() == 0 && r.pValue().isEmpty()));
  }
}
