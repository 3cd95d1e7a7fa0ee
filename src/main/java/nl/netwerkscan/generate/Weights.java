package nl.netwerkscan.generate;

import java.util.Random;

/** Drawing an index in proportion to weights, for the few small categorical choices. */
final class Weights {

  private Weights() {}

  /** An index i with probability weights[i] / sum(weights). */
  static int draw(Random random, double[] weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double roll = random.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
