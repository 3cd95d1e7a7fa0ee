package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;

/**
 * The distribution of the answers per aspect and organisation type (report contract, sheet 4;
 * the study charted, per aspect, the share of each answer per type, e.g. how intensive the
 * contacts with each type are).
 *
 * <p>Long format: for each aspect (in {@link Aspect} order), each type with contacts (type
 * order) and each scale value 5..1, the count of used rows of that type with that answer, and
 * its share = count ÷ the rows of that type that answered the aspect. The share is empty when
 * no row of that type answered the aspect (the counts are then all 0).
 *
 * <p>Cost: one pass over the contacts, O(n · 7) time, memory per type.
 */
public final class AspectDistributionAnalysis {
  private AspectDistributionAnalysis() {}

  /**
   * @param value the scale value, 5 (closest) .. 1
   * @param count used rows of {@code type} that answered {@code value} on {@code aspect}
   * @param answered used rows of {@code type} that answered {@code aspect} at all
   * @param share count ÷ answered, empty when answered is 0
   */
  public record Row(
      Aspect aspect,
      OrganisationType type,
      int value,
      long count,
      long answered,
      OptionalDouble share) {
    public Row {
      Objects.requireNonNull(aspect);
      Objects.requireNonNull(type);
      Objects.requireNonNull(share);
    }
  }

  /** @param types the types with contacts, in type order (each aspect lists them so) */
  public record Result(List<OrganisationType> types, List<Row> rows) {
    public Result {
      types = List.copyOf(types);
      rows = List.copyOf(rows);
    }

    /** The rows of one aspect: per type, values 5..1. */
    public List<Row> rows(Aspect aspect) {
      return rows.stream().filter(r -> r.aspect() == aspect).toList();
    }
  }

  public static Result of(Survey survey) {
    return of(AnswerTallies.of(survey));
  }

  public static Result of(AnswerTallies answers) {
    Map<OrganisationType, Tally> tallies = answers.sumBy(cell -> true, AnswerTallies.Cell::type);
    List<OrganisationType> types = Orders.sortedTypes(tallies.keySet());
    List<Row> rows = new ArrayList<>();
    for (Aspect aspect : Tally.ASPECTS) {
      for (OrganisationType type : types) {
        Tally tally = tallies.get(type);
        long answered = tally.answered(aspect);
        for (int value = Answers.MAX; value >= Answers.MIN; value--) {
          long count = tally.count(aspect, value);
          OptionalDouble share =
              answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / answered);
          rows.add(new Row(aspect, type, value, count, answered, share));
        }
      }
    }
    return new Result(types, rows);
  }
}
