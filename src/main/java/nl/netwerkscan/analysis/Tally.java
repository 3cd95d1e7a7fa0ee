package nl.netwerkscan.analysis;

import java.util.OptionalDouble;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Aspect;

/**
 * Answer counts per aspect and scale value for one group of contacts. Because the scale has
 * only five values, every mean, share and rank statistic of a group follows from these 35
 * numbers, so each analysis needs one pass over the contacts and no per-contact storage.
 */
final class Tally {
  static final Aspect[] ASPECTS = Aspect.values();

  // counts[aspect][value]; value 0 = not answered
  private final long[][] counts = new long[ASPECTS.length][Answers.MAX + 1];
  private long contacts;

  void add(Answers answers) {
    contacts++;
    for (Aspect aspect : ASPECTS) {
      counts[aspect.ordinal()][answers.raw(aspect)]++;
    }
  }

  /** Adds the counts of {@code other}, as if its contacts had been added here. */
  void addAll(Tally other) {
    contacts += other.contacts;
    for (int aspect = 0; aspect < counts.length; aspect++) {
      for (int value = 0; value < counts[aspect].length; value++) {
        counts[aspect][value] += other.counts[aspect][value];
      }
    }
  }

  /** The contacts added, answered or not. */
  long contacts() {
    return contacts;
  }

  /** The contacts that answered {@code aspect} with {@code value} (1..5). */
  long count(Aspect aspect, int value) {
    return counts[aspect.ordinal()][value];
  }

  /** The contacts that answered {@code aspect} at all. */
  long answered(Aspect aspect) {
    return contacts - counts[aspect.ordinal()][0];
  }

  OptionalDouble mean(Aspect aspect) {
    long n = answered(aspect);
    if (n == 0) {
      return OptionalDouble.empty();
    }
    long sum = 0;
    for (int value = Answers.MIN; value <= Answers.MAX; value++) {
      sum += value * counts[aspect.ordinal()][value];
    }
    return OptionalDouble.of((double) sum / n);
  }

  /** The answers to {@code aspect} as a sample, in ascending order. */
  double[] sample(Aspect aspect) {
    long n = answered(aspect);
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many answers for one sample: " + n);
    }
    double[] sample = new double[(int) n];
    int i = 0;
    for (int value = Answers.MIN; value <= Answers.MAX; value++) {
      for (long k = counts[aspect.ordinal()][value]; k > 0; k--) {
        sample[i++] = value;
      }
    }
    return sample;
  }
}
