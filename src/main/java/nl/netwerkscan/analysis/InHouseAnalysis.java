package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * Are in-house contacts (people of partners who work, or worked, in our building) rated
 * differently from external ones? (Report contract, sheet 6; the study found in-house
 * partners rated clearly closer: more intensive, more important, more reliable, more trust.)
 *
 * <p>Per aspect, over all types and then per type: n and mean of the in-house and of the
 * external answers; difference = mean in-house − mean external; p-value of the two-sided
 * Mann-Whitney U test with the asymptotic normal approximation, tie correction and continuity
 * correction (Apache Commons Statistics {@link MannWhitneyUTest}); effect = rank-biserial
 * r = 2·U ÷ (n_in·n_ext) − 1, where U counts the pairs (in-house answer, external answer) with
 * the in-house answer higher, ties one half: positive = in-house rated closer.
 *
 * <p>The p-value is empty when either group has fewer than 2 answers, and 1 when every answer
 * is tied (the normal approximation then has variance 0 and the library returns NaN). The
 * effect is empty whenever the p-value is. Rows with unknown in-house take no part.
 *
 * <p>Rows: the seven aspects of All, then seven per type that has both in-house and external
 * answers (at least one answer on any aspect in each group), in type order; within such a
 * type an aspect may still have n = 0 on one side, with empty figures.
 *
 * <p>Cost: one pass over the contacts, O(n · 7); then per row one library test, which ranks
 * the row's answers (O(m log m) for m answers).
 */
public final class InHouseAnalysis {
  private InHouseAnalysis() {}

  private static final MannWhitneyUTest TEST =
      MannWhitneyUTest.withDefaults()
          .with(AlternativeHypothesis.TWO_SIDED)
          .with(PValueMethod.ASYMPTOTIC)
          .with(ContinuityCorrection.ENABLED);

  /**
   * @param type the organisation type, empty for All
   * @param difference meanInHouse − meanExternal, empty when either is
   * @param pValue two-sided Mann-Whitney U p-value, empty when either n is below 2
   * @param effect rank-biserial r, −1..1, empty when pValue is
   */
  public record Row(
      Optional<OrganisationType> type,
      Aspect aspect,
      long nInHouse,
      long nExternal,
      OptionalDouble meanInHouse,
      OptionalDouble meanExternal,
      OptionalDouble difference,
      OptionalDouble pValue,
      OptionalDouble effect) {
    public Row {
      Objects.requireNonNull(type);
      Objects.requireNonNull(aspect);
      Objects.requireNonNull(meanInHouse);
      Objects.requireNonNull(meanExternal);
      Objects.requireNonNull(difference);
      Objects.requireNonNull(pValue);
      Objects.requireNonNull(effect);
    }

    public boolean isAll() {
      return type.isEmpty();
    }
  }

  /** @param rows seven for All, then seven per type with both in-house and external answers */
  public record Result(List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }
  }

  public static Result of(Survey survey) {
    return of(AnswerTallies.of(survey));
  }

  public static Result of(AnswerTallies answers) {
    Predicate<AnswerTallies.Cell> known = cell -> cell.inHouse() != InHouse.UNKNOWN;
    List<Row> rows = new ArrayList<>();
    addRows(rows, Optional.empty(), Pair.of(answers, known));
    Set<OrganisationType> types = answers.sumBy(known, AnswerTallies.Cell::type).keySet();
    for (OrganisationType type : Orders.sortedTypes(types)) {
      Pair pair = Pair.of(answers, known.and(cell -> cell.type().equals(type)));
      if (hasAnswers(pair.inHouse) && hasAnswers(pair.external)) {
        addRows(rows, Optional.of(type), pair);
      }
    }
    return new Result(rows);
  }

  private static void addRows(List<Row> rows, Optional<OrganisationType> type, Pair pair) {
    for (Aspect aspect : Tally.ASPECTS) {
      rows.add(row(type, aspect, pair.inHouse, pair.external));
    }
  }

  private static Row row(Optional<OrganisationType> type, Aspect aspect, Tally in, Tally ext) {
    long nIn = in.answered(aspect);
    long nExt = ext.answered(aspect);
    OptionalDouble meanIn = in.mean(aspect);
    OptionalDouble meanExt = ext.mean(aspect);
    OptionalDouble difference =
        meanIn.isPresent() && meanExt.isPresent()
            ? OptionalDouble.of(meanIn.getAsDouble() - meanExt.getAsDouble())
            : OptionalDouble.empty();
    OptionalDouble p = OptionalDouble.empty();
    OptionalDouble effect = OptionalDouble.empty();
    if (nIn >= 2 && nExt >= 2) {
      MannWhitneyUTest.Result test = TEST.test(in.sample(aspect), ext.sample(aspect));
      // The library's statistic is U1 of its first sample: rank sum of x − n_x(n_x + 1)/2,
      // which is exactly the pairs with the in-house answer higher, ties one half.
      double u = test.getStatistic();
      p = OptionalDouble.of(allTied(aspect, in, ext) ? 1.0 : test.getPValue());
      effect = OptionalDouble.of(2 * u / ((double) nIn * nExt) - 1);
    }
    return new Row(type, aspect, nIn, nExt, meanIn, meanExt, difference, p, effect);
  }

  /** Whether in-house and external answers together hold one single value. */
  private static boolean allTied(Aspect aspect, Tally in, Tally ext) {
    int values = 0;
    for (int value = Answers.MIN; value <= Answers.MAX; value++) {
      if (in.count(aspect, value) + ext.count(aspect, value) > 0) {
        values++;
      }
    }
    return values == 1;
  }

  private static boolean hasAnswers(Tally tally) {
    for (Aspect aspect : Tally.ASPECTS) {
      if (tally.answered(aspect) > 0) {
        return true;
      }
    }
    return false;
  }

  private record Pair(Tally inHouse, Tally external) {
    static Pair of(AnswerTallies answers, Predicate<AnswerTallies.Cell> cells) {
      Map<InHouse, Tally> sides = answers.sumBy(cells, AnswerTallies.Cell::inHouse);
      return new Pair(sides.getOrDefault(InHouse.YES, new Tally()), sides.getOrDefault(InHouse.NO, new Tally()));
    }
  }
}
