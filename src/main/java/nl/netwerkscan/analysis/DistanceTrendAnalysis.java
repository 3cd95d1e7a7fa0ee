package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.OrganisationType;

/**
 * How close each type of partner was, year by year (report contract, trend: Afstanden): per type
 * the distance of each aspect and the mean distance, each year as that year's Afstanden sheet
 * gave it, then the same for all types together. A type without contacts in a year has no
 * distance that year.
 *
 * <p>Cost: one look-up per type, aspect and year in the per-year distance results.
 */
public final class DistanceTrendAnalysis {
  private DistanceTrendAnalysis() {}

  /**
   * @param type the organisation type, empty for all types together
   * @param aspect the aspect, empty for the mean over the aspects
   * @param years the distance in each year, empty where there is none
   */
  public record Row(Optional<OrganisationType> type, Optional<Aspect> aspect, List<OptionalDouble> years) {
    public Row {
      Objects.requireNonNull(type);
      Objects.requireNonNull(aspect);
      years = List.copyOf(years);
    }

    public boolean isMean() {
      return aspect.isEmpty();
    }
  }

  /** Per type its seven aspect rows then its mean row, types in sheet order, then all types. */
  public record Result(List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }

    /** The mean row of every type (not of all types together): the lines of the chart. */
    public List<Row> typeMeans() {
      return rows.stream().filter(row -> row.isMean() && row.type().isPresent()).toList();
    }
  }

  public static Result of(List<SurveyYear> years) {
    List<Map<OrganisationType, DistanceAnalysis.Row>> byType =
        years.stream().map(year -> YearMatching.types(year.distances())).toList();
    List<Row> rows = new ArrayList<>();
    for (OrganisationType type : YearMatching.typesInOrder(byType)) {
      block(rows, Optional.of(type), byType.stream().map(year -> Optional.ofNullable(year.get(type))).toList());
    }
    block(rows, Optional.empty(), years.stream().map(year -> Optional.of(year.distances().all())).toList());
    return new Result(rows);
  }

  private static void block(
      List<Row> rows, Optional<OrganisationType> type, List<Optional<DistanceAnalysis.Row>> years) {
    for (Aspect aspect : Aspect.values()) {
      rows.add(new Row(type, Optional.of(aspect), each(years, row -> row.distance(aspect))));
    }
    rows.add(new Row(type, Optional.empty(), each(years, DistanceAnalysis.Row::mean)));
  }

  private static List<OptionalDouble> each(
      List<Optional<DistanceAnalysis.Row>> years, Function<DistanceAnalysis.Row, OptionalDouble> figure) {
    return years.stream().map(year -> year.map(figure).orElse(OptionalDouble.empty())).toList();
  }
}
