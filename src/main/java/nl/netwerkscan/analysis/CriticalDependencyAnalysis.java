package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Contact;
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
 * <p>Source: issue 3 item 9, after the study's per-aspect charts (domain.md). Cost: one pass
 * over the contacts plus the fragility analysis it is given.
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
    Objects.requireNonNull(survey);
    Map<Organisation, Sums> sums = new HashMap<>();
    for (Contact contact : survey.contacts()) {
      sums.computeIfAbsent(contact.organisation(), o -> new Sums()).add(contact);
    }
    List<Row> rows = new ArrayList<>();
    for (FragilityAnalysis.Row fragile : fragility.rows()) {
      Sums s = sums.get(fragile.organisation());
      if (s == null) {
        throw new IllegalArgumentException("fragility of another survey: " + fragile.organisation());
      }
      Set<Reason> reasons = s.reasons(fragile.risk());
      if (!reasons.isEmpty()) {
        rows.add(
            new Row(
                fragile.organisation(),
                s.mean(Aspect.DEPENDENCY).getAsDouble(),
                s.count(Aspect.DEPENDENCY),
                s.mean(Aspect.RELIABILITY),
                s.count(Aspect.RELIABILITY),
                s.mean(Aspect.TRUST),
                s.count(Aspect.TRUST),
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

  /** Answer sums and counts per aspect of one organisation. */
  private static final class Sums {
    private final long[] sums = new long[Aspect.values().length];
    private final int[] counts = new int[Aspect.values().length];

    void add(Contact contact) {
      for (Aspect aspect : Aspect.values()) {
        int value = contact.answers().raw(aspect);
        if (value > 0) {
          sums[aspect.ordinal()] += value;
          counts[aspect.ordinal()]++;
        }
      }
    }

    int count(Aspect aspect) {
      return counts[aspect.ordinal()];
    }

    OptionalDouble mean(Aspect aspect) {
      int n = count(aspect);
      return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sums[aspect.ordinal()] / n);
    }

    private boolean atLeast(Aspect aspect, int threshold) {
      return count(aspect) > 0 && sums[aspect.ordinal()] >= (long) threshold * count(aspect);
    }

    private boolean atMost(Aspect aspect, int threshold) {
      return count(aspect) > 0 && sums[aspect.ordinal()] <= (long) threshold * count(aspect);
    }

    Set<Reason> reasons(Risk risk) {
      Set<Reason> reasons = EnumSet.noneOf(Reason.class);
      if (!atLeast(Aspect.DEPENDENCY, HIGH_DEPENDENCY)) {
        return reasons;
      }
      if (atMost(Aspect.RELIABILITY, LOW_RATING)) {
        reasons.add(Reason.LOW_RELIABILITY);
      }
      if (atMost(Aspect.TRUST, LOW_RATING)) {
        reasons.add(Reason.LOW_TRUST);
      }
      if (risk == Risk.HIGH) {
        reasons.add(Reason.FRAGILE);
      }
      return reasons;
    }
  }
}
