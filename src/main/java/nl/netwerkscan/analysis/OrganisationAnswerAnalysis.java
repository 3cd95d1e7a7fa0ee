package nl.netwerkscan.analysis;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Survey;

/**
 * The mean answer per aspect for each organisation, over its used rows that answered that
 * aspect: what the explorer's organisation panel shows beside the fragility figures (the
 * distances add up by type, this by organisation). One pass over the rows.
 */
public final class OrganisationAnswerAnalysis {
  private static final Aspect[] ASPECTS = Aspect.values();

  /** The answers of one organisation: per aspect their sum and how many rows answered. */
  public record Means(Organisation organisation, long[] sums, int[] answered) {
    public Means {
      Objects.requireNonNull(organisation);
      sums = sums.clone();
      answered = answered.clone();
      if (sums.length != ASPECTS.length || answered.length != ASPECTS.length) {
        throw new IllegalArgumentException("one sum and count per aspect");
      }
    }

    /** The mean answer 1..5 on {@code aspect}; empty when no row answered it. */
    public OptionalDouble mean(Aspect aspect) {
      int n = answered[aspect.ordinal()];
      return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sums[aspect.ordinal()] / n);
    }

    /** How many rows answered {@code aspect}. */
    public int answers(Aspect aspect) {
      return answered[aspect.ordinal()];
    }

    /** The sum of the answers on {@code aspect}. */
    public long sum(Aspect aspect) {
      return sums[aspect.ordinal()];
    }

    @Override
    public long[] sums() {
      return sums.clone();
    }

    @Override
    public int[] answered() {
      return answered.clone();
    }
  }

  /** The means of every organisation with used rows. */
  public record Result(Map<Organisation, Means> byOrganisation) {
    public Result {
      byOrganisation = Collections.unmodifiableMap(new HashMap<>(byOrganisation));
    }

    /** The mean answer of {@code organisation} on {@code aspect}; empty when nobody answered. */
    public OptionalDouble mean(Organisation organisation, Aspect aspect) {
      Means means = byOrganisation.get(organisation);
      return means == null ? OptionalDouble.empty() : means.mean(aspect);
    }
  }

  private OrganisationAnswerAnalysis() {}

  public static Result of(Survey survey) {
    return of(NumberedContacts.of(survey));
  }

  /** On the contacts numbered once for the report: sums by organisation number, no hashing. */
  public static Result of(NumberedContacts numbered) {
    int organisations = numbered.organisations.size();
    long[][] sums = new long[organisations][ASPECTS.length];
    int[][] answered = new int[organisations][ASPECTS.length];
    for (int i = 0; i < numbered.contacts.size(); i++) {
      Answers answers = numbered.contacts.get(i).answers();
      long[] sum = sums[numbered.organisationOf[i]];
      int[] count = answered[numbered.organisationOf[i]];
      for (Aspect aspect : ASPECTS) {
        int value = answers.raw(aspect);
        if (value > 0) {
          sum[aspect.ordinal()] += value;
          count[aspect.ordinal()]++;
        }
      }
    }
    Map<Organisation, Means> means = new HashMap<>();
    for (int o = 0; o < organisations; o++) {
      Organisation organisation = numbered.organisations.value(o);
      means.put(organisation, new Means(organisation, sums[o], answered[o]));
    }
    return new Result(means);
  }
}
