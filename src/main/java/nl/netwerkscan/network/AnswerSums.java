package nl.netwerkscan.network;

import java.util.OptionalDouble;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Aspect;

/**
 * Sum and count of the answers per aspect, from which a link's mean answers follow. One array
 * of sums then counts, handed over by the builder without a copy: a large survey has a million
 * links, and the network is the largest thing it keeps in memory.
 */
final class AnswerSums {
  private static final Aspect[] ASPECTS = Aspect.values();
  static final AnswerSums EMPTY = new AnswerSums(new int[2 * ASPECTS.length]);

  private final int[] sumsThenCounts;

  private AnswerSums(int[] sumsThenCounts) {
    this.sumsThenCounts = sumsThenCounts;
  }

  /** Adds up the answers of one staff–person pair, mention by mention. */
  static final class Builder {
    private int[] sumsThenCounts = new int[2 * ASPECTS.length];
    private int mentions;

    void add(Answers answers) {
      mentions++;
      for (Aspect aspect : ASPECTS) {
        int value = answers.raw(aspect);
        if (value > 0) {
          sumsThenCounts[aspect.ordinal()] += value;
          sumsThenCounts[ASPECTS.length + aspect.ordinal()]++;
        }
      }
    }

    int mentions() {
      return mentions;
    }

    /** The sums; the builder is spent afterwards. */
    AnswerSums build() {
      AnswerSums sums = new AnswerSums(sumsThenCounts);
      sumsThenCounts = null;
      return sums;
    }
  }

  OptionalDouble mean(Aspect aspect) {
    int count = sumsThenCounts[ASPECTS.length + aspect.ordinal()];
    return count == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) sumsThenCounts[aspect.ordinal()] / count);
  }
}
