package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.netwerkscan.analysis.OrganisationTrendAnalysis.Pattern;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.OrganisationType;
import org.junit.jupiter.api.Test;

/** The trend figures on {@link TrendSurveys}, every expected value worked out by hand. */
class TrendAnalysisTest {
  private final List<SurveyYear> years = TrendSurveys.analysed();

  @Test
  void patternsAndOrder() {
    OrganisationTrendAnalysis.Result result = OrganisationTrendAnalysis.of(years);
    assertEquals(
        List.of("MTW PERSISTENTLY_FRAGILE 3", "GeldZorg NEWLY_FRAGILE 1", "CWI RECOVERED 0", "SVB NONE 1",
            "GGz NONE 0", "Kliq NONE 0", "Alfacollege NONE 0"),
        result.rows().stream()
            .map(r -> r.organisation().name() + " " + r.pattern() + " " + r.highYearsInRow())
            .toList());
  }

  @Test
  void figuresPerYearAndAYearWithoutContacts() {
    OrganisationTrendAnalysis.Row kliq = row("Kliq");
    assertEquals(List.of(true, false, true), kliq.years().stream().map(Optional::isPresent).toList());
    OrganisationTrendAnalysis.Row cwi = row("CWI");
    assertEquals(
        List.of("3 3 1 HIGH", "3 3 3 LOW", "3 3 3 LOW"),
        cwi.years().stream()
            .map(Optional::orElseThrow)
            .map(r -> r.figures().contacts() + " " + r.figures().staff() + " " + r.resilience() + " " + r.risk())
            .toList());
    assertEquals(Optional.empty(), row("Alfacollege").last());
  }

  @Test
  void twoYearsAreEnoughAndOneIsNot() {
    List<OrganisationTrendAnalysis.Row> rows = OrganisationTrendAnalysis.of(years.subList(1, 3)).rows();
    // 2023 → 2024: MTW high twice, GeldZorg and SVB high only in 2024, Alfacollege high but gone.
    assertEquals(
        List.of("MTW PERSISTENTLY_FRAGILE", "GeldZorg NEWLY_FRAGILE", "SVB NEWLY_FRAGILE"),
        rows.stream().filter(r -> r.pattern() != Pattern.NONE).map(r -> r.organisation().name() + " " + r.pattern()).toList());
    assertThrows(IllegalArgumentException.class, () -> OrganisationTrendAnalysis.of(years.subList(0, 1)));
  }

  @Test
  void distancesPerTypeAndYear() {
    DistanceTrendAnalysis.Result result = DistanceTrendAnalysis.of(years);
    // Types in sheet order: job centre, work, education, care, finance; then all types.
    assertEquals(5 * 8 + 8, result.rows().size());
    assertEquals(List.of(OptionalDouble.of(0), OptionalDouble.of(0.25), OptionalDouble.of(0.5)), mean(result, OrganisationType.BuiltIn.WORK));
    assertEquals(List.of(OptionalDouble.of(1), OptionalDouble.empty(), OptionalDouble.of(0.5)), mean(result, OrganisationType.BuiltIn.CWI));
    DistanceTrendAnalysis.Row cwiTrust =
        result.rows().stream()
            .filter(r -> r.type().equals(Optional.of(OrganisationType.of(OrganisationType.BuiltIn.CWI))))
            .filter(r -> r.aspect().equals(Optional.of(Aspect.TRUST)))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(OptionalDouble.of(1), OptionalDouble.empty(), OptionalDouble.of(0.5)), cwiTrust.years());
    // All types: 2022 intensity 0 and trust 1, mean 0.5; 2023 intensity 0.25 only; 2024 both 0.5.
    DistanceTrendAnalysis.Row all = result.rows().get(result.rows().size() - 1);
    assertEquals(Optional.empty(), all.type());
    assertEquals(List.of(OptionalDouble.of(0.5), OptionalDouble.of(0.25), OptionalDouble.of(0.5)), all.years());
    assertEquals(5, result.typeMeans().size());
  }

  @Test
  void relationsKeptNewAndLost() {
    RelationTrendAnalysis.Result result = RelationTrendAnalysis.of(years);
    assertEquals(
        List.of("CWI 1 2 2", "SVB 1 2 2", "Kliq 0 0 1", "Alfacollege 3 0 0", "GeldZorg 3 0 0", "GGz 2 0 0", "MTW 3 0 0"),
        counts(result.between(0)));
    assertEquals(
        List.of("Alfacollege 0 0 3", "GeldZorg 0 3 3", "SVB 1 2 2", "GGz 1 0 1", "CWI 3 0 0", "Kliq 0 1 0", "MTW 3 0 0"),
        counts(result.between(1)));
    assertEquals(new RelationTrendAnalysis.Totals(13, 4, 5), result.totals(0));
    assertEquals(new RelationTrendAnalysis.Totals(8, 6, 9), result.totals(1));
  }

  private static List<String> counts(List<RelationTrendAnalysis.Row> rows) {
    return rows.stream().map(r -> r.organisation().name() + " " + r.kept() + " " + r.gained() + " " + r.lost()).toList();
  }

  private static List<OptionalDouble> mean(DistanceTrendAnalysis.Result result, OrganisationType.BuiltIn type) {
    return result.typeMeans().stream()
        .filter(r -> r.type().equals(Optional.of(OrganisationType.of(type))))
        .findFirst()
        .orElseThrow()
        .years();
  }

  private OrganisationTrendAnalysis.Row row(String name) {
    return OrganisationTrendAnalysis.of(years).rows().stream()
        .filter(r -> r.organisation().name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
