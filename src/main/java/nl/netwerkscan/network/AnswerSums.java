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

  static AnswerSums of(Iterable<Answers> answers) {
    int[] sums = new int[Aspect.values().length];
    int[] counts = new int[Aspect.values().length];
    for (Answers a : answers) {
      for (Aspect aspect : Aspect.values()) {
        int value = a.raw(aspect);
        if (value > 0) {
          sums[aspect.ordinal()] += value;
          counts[aspect.ordinal()]++;
        }
      }
    }
    return new AnswerSums(sums, counts);
  }

  OptionalDouble mean(Aspect aspect) {
    int count = counts[aspect.ordinal()];
    return count == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) sums[aspect.ordinal()] / count);
  }
}
