package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;

/**
 * How close each organisation type stands to us, per aspect (report contract, sheet 5; the
 * study found the CWI closest on every aspect and education institutes farthest overall).
 *
 * <p>Distance of a type on an aspect = (5 − mean answer) ÷ 4 over the used rows of that type
 * that answered the aspect: 0 = as close as the scale allows, 1 = as far. Empty when no row
 * answered. Mean = the mean of the aspect distances that are not empty (each aspect weighs
 * the same, however many rows answered it); empty when all are.
 *
 * <p>Rows: the types with contacts, closest (lowest Mean) first, ties in type order, types
 * without any distance last; then the All row over all used rows.
 *
 * <p>Cost: read from {@link AnswerTallies}, no pass over the contacts of its own.
 */
public final class DistanceAnalysis {
  private DistanceAnalysis() {}

  /** Distance 0 for the answer 5, 1 for the answer 1. */
  public static double distance(double meanAnswer) {
    return (Answers.MAX - meanAnswer) / (Answers.MAX - Answers.MIN);
  }

  /**
   * One row: a type, or all rows.
   *
   * @param type the organisation type, empty for the All row
   * @param distances per aspect in {@link Aspect} order, empty where no row answered
   * @param answered per aspect, the rows that answered it (for marking small groups)
   * @param mean the mean of the non-empty distances
   * @param contacts the used rows of the type
   */
  public record Row(
      Optional<OrganisationType> type,
      List<OptionalDouble> distances,
      List<Long> answered,
      OptionalDouble mean,
      long contacts) {
    public Row {
      Objects.requireNonNull(type);
      distances = List.copyOf(distances);
      answered = List.copyOf(answered);
      Objects.requireNonNull(mean);
    }

    public boolean isAll() {
      return type.isEmpty();
    }

    public OptionalDouble distance(Aspect aspect) {
      return distances.get(aspect.ordinal());
    }
  }

  /** @param rows the types closest first, then the All row (always present, last) */
  public record Result(List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }

    public Row all() {
      return rows.get(rows.size() - 1);
    }

    public List<Row> types() {
      return rows.subList(0, rows.size() - 1);
    }
  }

  /** Closest first; ties, and types without any distance (last), in type order. */
  static final Comparator<Row> CLOSEST_FIRST =
      Comparator.<Row>comparingDouble(r -> r.mean().orElse(Double.POSITIVE_INFINITY))
          .thenComparing(r -> r.type().orElseThrow(), Orders.TYPES);

  public static Result of(Survey survey) {
    return of(AnswerTallies.of(survey));
  }

  public static Result of(AnswerTallies answers) {
    Map<OrganisationType, Tally> tallies = answers.sumBy(cell -> true, AnswerTallies.Cell::type);
    Tally all = answers.total();
    List<Row> rows = new ArrayList<>();
    tallies.forEach((type, tally) -> rows.add(row(Optional.of(type), tally)));
    rows.sort(CLOSEST_FIRST);
    rows.add(row(Optional.empty(), all));
    return new Result(rows);
  }

  static Row row(Optional<OrganisationType> type, Tally tally) {
    List<OptionalDouble> distances = new ArrayList<>();
    List<Long> answered = new ArrayList<>();
    double sum = 0;
    int n = 0;
    for (Aspect aspect : Tally.ASPECTS) {
      OptionalDouble mean = tally.mean(aspect);
      answered.add(tally.answered(aspect));
      if (mean.isPresent()) {
        double distance = distance(mean.getAsDouble());
        distances.add(OptionalDouble.of(distance));
        sum += distance;
        n++;
      } else {
        distances.add(OptionalDouble.empty());
      }
    }
    OptionalDouble mean = n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    return new Row(type, distances, answered, mean, tally.contacts());
  }
}
