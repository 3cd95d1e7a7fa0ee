package nl.netwerkscan.network;

import java.util.OptionalDouble;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Aspect;

/** Sum and count of the answers per aspect, from which a link's mean answers follow. */
record AnswerSums(int[] sums, int[] counts) {
  static final AnswerSums EMPTY = new AnswerSums(new int[Aspect.values().length], new int[Aspect.values().length]);

  AnswerSums {
    sums = sums.clone();
    counts = counts.clone();
  }

  /** Adds up the answers of one staff–person pair, mention by mention. */
  static final class Builder {
    private final int[] sums = new int[Aspect.values().length];
    private final int[] counts = new int[Aspect.values().length];
    private int mentions;

    void add(Answers answers) {
      mentions++;
      for (Aspect aspect : ASPECTS) {
        int value = answers.raw(aspect);
        if (value > 0) {
          sums[aspect.ordinal()] += value;
          counts[aspect.ordinal()]++;
        }
      }
    }

    int mentions() {
      return mentions;
    }

    AnswerSums build() {
      return new AnswerSums(sums, counts);
    }
  }

  private static final Aspect[] ASPECTS = Aspect.values();

  OptionalDouble mean(Aspect aspect) {
    int count = counts[aspect.ordinal()];
    return count == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) sums[aspect.ordinal()] / count);
  }
}
