package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Survey;

/**
 * Critical dependencies (issue 3, extra sheet "Kritieke afhankelijkheden / Critical
 * dependencies"): the organisations our work depends on while the relation is weak, the ones a
 * manager should act on first.
 *
 * <p>An organisation is listed when its mean dependency answer is at least 4 and
 * <ul>
 *   <li>its mean reliability answer is at most 3 ({@link Reason#LOW_RELIABILITY}), or
 *   <li>its mean trust answer is at most 3 ({@link Reason#LOW_TRUST}), or
 *   <li>its fragility risk is high ({@link Reason#FRAGILE}, {@link FragilityAnalysis}).
 * </ul>
 * Means are over the used rows of that organisation that answered that aspect; the thresholds
 * are compared in whole numbers (sum ≥ 4·n), so a mean of exactly 4 or 3 counts. An organisation
 * nobody rated on dependency is not listed: without that answer the survey does not say we
 * depend on it. Likewise a missing reliability or trust mean is not low, so it gives no reason.
 * Order: most reasons first, then mean dependency descending, contacts descending, name.
 *
 * <p>Source: issue 3 item 9, after the study's per-aspect charts (domain.md). Cost: the answer
 * sums per organisation ({@link OrganisationAnswerAnalysis}) plus the fragility analysis it is
 * given.
 */
public final class CriticalDependencyAnalysis {

  public static final int HIGH_DEPENDENCY = 4;
  public static final int LOW_RATING = 3;

  /** Why an organisation is on the list. */
  public enum Reason {
    LOW_RELIABILITY,
    LOW_TRUST,
    FRAGILE
  }

  /**
   * @param dependencyAnswers used rows that answered dependency (each mean has its own n, for
   *     marking small groups)
   */
  public record Row(
      Organisation organisation,
      double meanDependency,
      int dependencyAnswers,
      OptionalDouble meanReliability,
      int reliabilityAnswers,
      OptionalDouble meanTrust,
      int trustAnswers,
      Risk risk,
      int resilience,
      int contacts,
      Set<Reason> reasons) {
    public Row {
      Objects.requireNonNull(organisation);
      Objects.requireNonNull(meanReliability);
      Objects.requireNonNull(meanTrust);
      Objects.requireNonNull(risk);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("listed without a reason: " + organisation.name());
      }
      reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }
  }

  public record Result(List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }
  }

  private CriticalDependencyAnalysis() {}

  /** {@code fragility} must come from the same survey. */
  public static Result analyse(Survey survey, FragilityAnalysis.Result fragility) {
    return analyse(OrganisationAnswerAnalysis.of(survey), fragility);
  }

  /**
   * On the answer sums per organisation the report makes once anyway (for the explorer), instead
   * of a second pass over every contact; {@code answers} must come from the same survey as {@code
   * fragility}.
   */
  public static Result analyse(OrganisationAnswerAnalysis.Result answers, FragilityAnalysis.Result fragility) {
    Objects.requireNonNull(answers);
    List<Row> rows = new ArrayList<>();
    for (FragilityAnalysis.Row fragile : fragility.rows()) {
      OrganisationAnswerAnalysis.Means means = answers.byOrganisation().get(fragile.organisation());
      if (means == null) {
        throw new IllegalArgumentException("fragility of another survey: " + fragile.organisation());
      }
      Set<Reason> reasons = reasons(means, fragile.risk());
      if (!reasons.isEmpty()) {
        rows.add(
            new Row(
                fragile.organisation(),
                means.mean(Aspect.DEPENDENCY).getAsDouble(),
                means.answers(Aspect.DEPENDENCY),
                means.mean(Aspect.RELIABILITY),
                means.answers(Aspect.RELIABILITY),
                means.mean(Aspect.TRUST),
                means.answers(Aspect.TRUST),
                fragile.risk(),
                fragile.resilience(),
                fragile.figures().contacts(),
                reasons));
      }
    }
    rows.sort(
        Comparator.comparingInt((Row r) -> -r.reasons().size())
            .thenComparing(r -> -r.meanDependency())
            .thenComparing(r -> -r.contacts())
            .thenComparing(r -> r.organisation().name())
            .thenComparing(r -> r.organisation().key()));
    return new Result(rows);
  }

  private static Set<Reason> reasons(OrganisationAnswerAnalysis.Means means, Risk risk) {
    Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    if (!atLeast(means, Aspect.DEPENDENCY, HIGH_DEPENDENCY)) {
      return reasons;
    }
    if (atMost(means, Aspect.RELIABILITY, LOW_RATING)) {
      reasons.add(Reason.LOW_RELIABILITY);
    }
    if (atMost(means, Aspect.TRUST, LOW_RATING)) {
      reasons.add(Reason.LOW_TRUST);
    }
    if (risk == Risk.HIGH) {
      reasons.add(Reason.FRAGILE);
    }
    return reasons;
  }

  private static boolean atLeast(OrganisationAnswerAnalysis.Means means, Aspect aspect, int threshold) {
    int n = means.answers(aspect);
    return n > 0 && means.sum(aspect) >= (long) threshold * n;
  }

  private static boolean atMost(OrganisationAnswerAnalysis.Means means, Aspect aspect, int threshold) {
    int n = means.answers(aspect);
    return n > 0 && means.sum(aspect) <= (long) threshold * n;
  }
}
