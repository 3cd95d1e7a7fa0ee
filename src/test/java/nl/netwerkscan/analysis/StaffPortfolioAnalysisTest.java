package nl.netwerkscan.analysis;

import static nl.netwerkscan.model.FunctionGroup.BuiltIn.BENEFIT_CONSULTANT;
import static nl.netwerkscan.model.FunctionGroup.BuiltIn.CASE_MANAGER;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CARE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.FINANCE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.netwerkscan.analysis.StaffPortfolioAnalysis.Row;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class StaffPortfolioAnalysisTest {
  /**
   * Ria: Werkbedrijf (work) A and B, Zorgpunt (care) C in-house, Geldhulp (finance) D external,
   * alone at all three (each low risk). Sam alone at Leerwerk (work) with E ×3: high risk. Tom and
   * Uma share Werkplein.
   */
  private static Survey survey() {
    return TestSurveys.builder()
        .function(CASE_MANAGER)
        .type(WORK)
        .contact("Ria", "Werkbedrijf", "A")
        .contact("Ria", "Werkbedrijf", "B")
        .type(CARE)
        .inHouse(InHouse.YES)
        .contact("Ria", "Zorgpunt", "C")
        .type(FINANCE)
        .inHouse(InHouse.NO)
        .contact("Ria", "Geldhulp", "D")
        .inHouse(InHouse.UNKNOWN)
        .function(BENEFIT_CONSULTANT)
        .type(WORK)
        .contact("Sam", "Leerwerk", "E")
        .contact("Sam", "Leerwerk", "E")
        .contact("Sam", "Leerwerk", "E")
        .contact("Uma", "Werkplein", "F")
        .contact("Tom", "Werkplein", "G")
        .build();
  }

  private static final List<Row> ROWS =
      StaffPortfolioAnalysis.analyse(survey(), FragilityAnalysis.Thresholds.DEFAULTS).rows();

  @Test
  void sortedBySoleLinksThenContactsThenName() {
    assertEquals(List.of("Ria", "Sam", "Tom", "Uma"), ROWS.stream().map(r -> r.respondent().name()).toList());
  }

  /** 2 work, 1 care, 1 finance: 1 − (0.25 + 0.0625 + 0.0625) = 0.625; in-house 1 of 2 known. */
  @Test
  void riaHasBlausIndexAndHerInHouseShare() {
    Row ria = ROWS.get(0);
    assertEquals(4, ria.contacts());
    assertEquals(3, ria.organisations());
    assertEquals(3, ria.types());
    assertEquals(0.625, ria.spread(), 1e-12);
    assertEquals(OptionalDouble.of(0.5), ria.inHouseShare());
    assertEquals(List.of("Geldhulp", "Werkbedrijf", "Zorgpunt"), names(ria.soleLinkAt()));
  }

  @Test
  void keyPersonBySoleLinksAtThreeOrganisationsOrAtAHighRisk() {
    assertEquals(List.of(true, true, false, false), ROWS.stream().map(Row::keyPerson).toList());
    Row sam = ROWS.get(1);
    assertEquals(List.of("Leerwerk"), names(sam.soleLinkAt())); // one sole link, but high risk
    assertEquals(0.0, sam.spread(), 1e-12);
    assertEquals(OptionalDouble.empty(), sam.inHouseShare());
  }

  @Test
  void soleLinksAreTheInternalRowsOfTheDepartures() {
    for (Survey survey : List.of(survey(), ActionSurveys.actions())) {
      Map<String, List<String>> departures = new java.util.TreeMap<>();
      for (DepartureAnalysis.Departure d : DepartureAnalysis.analyse(survey).departures()) {
        if (d.person().side() == Side.INTERNAL) {
          departures.computeIfAbsent(d.person().name().orElseThrow(), k -> new java.util.ArrayList<>())
              .add(d.organisation().name());
        }
      }
      Map<String, List<String>> soleLinks = new java.util.TreeMap<>();
      for (Row row : StaffPortfolioAnalysis.analyse(survey, FragilityAnalysis.Thresholds.DEFAULTS).rows()) {
        if (!row.soleLinkAt().isEmpty()) {
          soleLinks.put(row.respondent().name(), names(row.soleLinkAt()));
        }
      }
      assertEquals(departures, soleLinks);
    }
  }

  private static List<String> names(List<Organisation> organisations) {
    return organisations.stream().map(Organisation::name).sorted().toList();
  }
}
