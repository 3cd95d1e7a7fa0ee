package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.netwerkscan.analysis.DepartureAnalysis.Departure;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class DepartureAnalysisTest {

  private static String describe(Departure d) {
    return d.person().side() + " " + d.person().name().orElse("?") + " @ "
        + d.organisation().name() + " " + d.contacts();
  }

  @Test
  void listsThePersonAloneOnEachSideAndNeverTheUnnamedNode() {
    Survey survey =
        TestSurveys.builder()
            // MTW: 3 staff to Jansen -> Jansen alone on their side (3 rows).
            .contact("Anna", "MTW", "Jansen")
            .contact("Bert", "MTW", "Jansen")
            .contact("Cor", "MTW", "Jansen")
            // WPG: Anna alone on our side with 2 persons (2 rows).
            .contact("Anna", "WPG", "P1")
            .contact("Anna", "WPG", "P2")
            // SVB: Bert alone on our side, only the unnamed node on theirs (2 rows):
            // Bert is listed, the unnamed node is not.
            .contact("Bert", "SVB", null)
            .contact("Bert", "SVB", null)
            // GGz: 2 staff, 2 persons -> nobody alone.
            .contact("Anna", "GGz", "X")
            .contact("Bert", "GGz", "Y")
            // MJD: Cor and Smit, one row: both alone.
            .contact("Cor", "MJD", "Smit")
            // CAK: named person Q and the unnamed node -> Q is not alone; Dirk is.
            .contact("Dirk", "CAK", "Q")
            .contact("Dirk", "CAK", null)
            .build();

    List<String> rows =
        DepartureAnalysis.analyse(survey).departures().stream()
            .map(DepartureAnalysisTest::describe)
            .toList();

    assertEquals(
        List.of(
            "INTERNAL Anna @ WPG 2",
            "INTERNAL Bert @ SVB 2",
            "INTERNAL Cor @ MJD 1",
            "INTERNAL Dirk @ CAK 2",
            "EXTERNAL Jansen @ MTW 3",
            "EXTERNAL Smit @ MJD 1"),
        rows);
  }

  @Test
  void emptySurveyHasNoDepartures() {
    assertTrue(DepartureAnalysis.analyse(TestSurveys.builder().build()).departures().isEmpty());
  }
}
