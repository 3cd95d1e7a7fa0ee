package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.netwerkscan.model.Organisation;

/**
 * Each organisation's fragility year by year (report contract, trend: Organisaties), and its
 * pattern over the years, judged on the risk levels that each year's report showed:
 *
 * <ul>
 *   <li>{@link Pattern#PERSISTENTLY_FRAGILE}: high risk in the last year and the year before it
 *       (so in two or more consecutive years, including the last);
 *   <li>{@link Pattern#NEWLY_FRAGILE}: high risk in the last year only;
 *   <li>{@link Pattern#RECOVERED}: high risk in an earlier year, and in the last year still a
 *       partner but no longer high risk. An organisation with no contacts in the last year is not
 *       called recovered: its relation ended, it was not repaired.
 * </ul>
 *
 * <p>Cost: one look-up per organisation and year in the per-year results, and a sort.
 */
public final class OrganisationTrendAnalysis {
  private OrganisationTrendAnalysis() {}

  /** In the order rows are listed: the most urgent pattern first. */
  public enum Pattern {
    PERSISTENTLY_FRAGILE,
    NEWLY_FRAGILE,
    RECOVERED,
    NONE
  }

  /**
   * @param organisation as named in the last year it had contacts
   * @param years its row in each year's fragility analysis, empty in a year without contacts
   * @param highYearsInRow the consecutive years of high risk up to and including the last year
   */
  public record Row(
      Organisation organisation, List<Optional<FragilityAnalysis.Row>> years, Pattern pattern, int highYearsInRow) {
    public Row {
      Objects.requireNonNull(organisation);
      years = List.copyOf(years);
      Objects.requireNonNull(pattern);
    }

    public Optional<FragilityAnalysis.Row> last() {
      return years.get(years.size() - 1);
    }
  }

  public record Result(List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }

    public List<Row> with(Pattern pattern) {
      return rows.stream().filter(row -> row.pattern() == pattern).toList();
    }
  }

  public static Result of(List<SurveyYear> years) {
    if (years.size() < 2) {
      throw new IllegalArgumentException("a trend needs two or more years: " + years.size());
    }
    List<Map<String, FragilityAnalysis.Row>> byKey =
        years.stream().map(year -> YearMatching.organisations(year.fragility())).toList();
    List<Row> rows = new ArrayList<>();
    for (String key : YearMatching.newestFirst(byKey)) {
      List<Optional<FragilityAnalysis.Row>> rowsOfYears =
          byKey.stream().map(year -> Optional.ofNullable(year.get(key))).toList();
      rows.add(row(rowsOfYears));
    }
    rows.sort(
        Comparator.comparing(Row::pattern)
            .thenComparing(row -> row.last().map(r -> r.risk().ordinal()).orElse(Risk.values().length))
            .thenComparing(row -> -row.last().map(r -> r.figures().contacts()).orElse(0))
            .thenComparing(row -> row.organisation().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(row -> row.organisation().key()));
    return new Result(rows);
  }

  private static Row row(List<Optional<FragilityAnalysis.Row>> years) {
    Organisation organisation = null;
    for (Optional<FragilityAnalysis.Row> year : years) {
      if (year.isPresent()) {
        organisation = year.get().organisation();
      }
    }
    int inRow = 0;
    for (int i = years.size() - 1; i >= 0 && isHigh(years.get(i)); i--) {
      inRow++;
    }
    return new Row(organisation, years, pattern(years, inRow), inRow);
  }

  static Pattern pattern(List<Optional<FragilityAnalysis.Row>> years, int highYearsInRow) {
    boolean highBefore = years.subList(0, years.size() - 1).stream().anyMatch(OrganisationTrendAnalysis::isHigh);
    if (highYearsInRow >= 2) {
      return Pattern.PERSISTENTLY_FRAGILE;
    }
    if (highYearsInRow == 1) {
      // High again after a year without: neither "only in the last year" nor "in a row".
      return highBefore ? Pattern.NONE : Pattern.NEWLY_FRAGILE;
    }
    boolean partnerNow = years.get(years.size() - 1).isPresent();
    return highBefore && partnerNow ? Pattern.RECOVERED : Pattern.NONE;
  }

  private static boolean isHigh(Optional<FragilityAnalysis.Row> year) {
    return year.isPresent() && year.get().risk() == Risk.HIGH;
  }
}
