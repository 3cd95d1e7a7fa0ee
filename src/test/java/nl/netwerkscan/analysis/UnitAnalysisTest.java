package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class UnitAnalysisTest {
  /**
   * Units of 2, 7 and 4 rows, the largest in the middle: the units run largest first, and their
   * figures must still come back in the survey's order of units, each with its own.
   */
  @Test
  void perUnitKeepsTheUnitsOrderWhateverTheOrderTheyRanIn() {
    Survey survey = TestSurveys.builder()
        .unit("Alfa")
        .contact("a1", "Schuldhulp", "Piet", 3)
        .contact("a2", "Schuldhulp", "Piet", 3)
        .unit("Bravo")
        .contact("b1", "Schuldhulp", "Piet", 4)
        .contact("b2", "Schuldhulp", "Piet", 4)
        .contact("b3", "Schuldhulp", "Piet", 4)
        .contact("b4", "Schuldhulp", "Piet", 4)
        .contact("b1", "Werkplein", "Anna", 2)
        .contact("b2", "Werkplein", "Bert", 2)
        .contact("b3", "Werkplein", "Cor", 2)
        .unit("Charlie")
        .contact("c1", "Schuldhulp", "Piet", 5)
        .contact("c2", "Schuldhulp", "Klaas", 5)
        .contact("c3", "Schuldhulp", "Piet", 5)
        .contact("c4", "Schuldhulp", "Klaas", 5)
        .build();

    UnitAnalysis.PerUnit perUnit =
        UnitAnalysis.perUnit(survey, NumberedContacts.of(survey), FragilityAnalysis.Thresholds.DEFAULTS)
            .orElseThrow();

    List<UnitAnalysis.UnitRow> rows = perUnit.rows();
    assertEquals(List.of("Alfa", "Bravo", "Charlie"), rows.stream().map(r -> r.unit().orElseThrow().name()).toList());
    assertEquals(List.of(2L, 7L, 4L), rows.stream().map(UnitAnalysis.UnitRow::contacts).toList());
    assertEquals(List.of(2, 4, 4), rows.stream().map(UnitAnalysis.UnitRow::respondents).toList());
    // Bravo's debt help hangs on Piet (four rows, one person): high; Charlie's has two people
    assertEquals(List.of(0, 1, 0), rows.stream().map(UnitAnalysis.UnitRow::highRisk).toList());
    assertEquals(List.of(1, 2, 1), perUnit.fragility().stream().map(f -> f.rows().size()).toList());
    assertEquals(
        List.of(1, 1, 2),
        perUnit.fragility().stream().map(f -> f.rows().get(0).resilience()).toList()); // each unit's first row
  }
}
