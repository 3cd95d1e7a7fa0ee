package nl.netwerkscan.network;

import java.util.OptionalDouble;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Aspect;

/**
 * Sum and count of the answers per aspect, from which a link's mean answers follow. A large
 * survey has a million links, and the network is the largest thing it keeps in memory, so a
 * link mentioned once keeps just that mention's packed answers, and only a link mentioned more
 * often gets the array of sums then counts (handed over by the builder without a copy).
 */
final class AnswerSums {
  private static final Aspect[] ASPECTS = Aspect.values();
  static final AnswerSums EMPTY = new AnswerSums(null, Answers.NONE);

  private final int[] sumsThenCounts;
  private final Answers single;

  private AnswerSums(int[] sumsThenCounts, Answers single) {
    this.sumsThenCounts = sumsThenCounts;
    this.single = single;
  }

  /** Adds up the answers of one staff–person pair, mention by mention. */
  static final class Builder {
    private Answers first;
    private int[] sumsThenCounts;
    private int mentions;

    void add(Answers answers) {
      mentions++;
      if (mentions == 1) {
        first = answers;
        return;
      }
      if (sumsThenCounts == null) {
        sumsThenCounts = new int[2 * ASPECTS.length];
        addTo(sumsThenCounts, first);
      }
      addTo(sumsThenCounts, answers);
    }

    private static void addTo(int[] sumsThenCounts, Answers answers) {
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
      AnswerSums sums = new AnswerSums(sumsThenCounts, sumsThenCounts == null && first != null ? first : Answers.NONE);
      sumsThenCounts = null;
      return sums;
    }
  }

  OptionalDouble mean(Aspect aspect) {
    if (sumsThenCounts == null) {
      int value = single.raw(aspect);
      return value == 0 ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
    int count = sumsThenCounts[ASPECTS.length + aspect.ordinal()];
    return count == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) sumsThenCounts[aspect.ordinal()] / count);
  }
}
