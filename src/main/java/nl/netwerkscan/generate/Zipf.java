package nl.netwerkscan.generate;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent, the skew of
 * real contact networks: a few organisations and persons get most mentions, many get one.
 * A prefix of the table serves every smaller n, so one table covers all contact-person pools.
 */
final class Zipf {

  private final double[] cumulative;

  Zipf(int n, double exponent) {
    if (n < 1) {
      throw new IllegalArgumentException("a Zipf table needs at least one rank: " + n);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1 / Math.pow(rank + 1, exponent);
      cumulative[rank] = sum;
    }
  }

  int size() {
    return cumulative.length;
  }

  /** A rank in 0..n-1. */
  int draw(Random random) {
    return draw(random, cumulative.length);
  }

  /** A rank in 0..limit-1, using only the first {@code limit} ranks of the table. */
  int draw(Random random, int limit) {
    double target = random.nextDouble() * cumulative[limit - 1];
    int index = Arrays.binarySearch(cumulative, 0, limit, target);
    // binarySearch returns -(insertion point) - 1 when the target falls between two entries
    int rank = index >= 0 ? index : -index - 1;
    return Math.min(rank, limit - 1);
  }

  /** The share of all draws that rank {@code rank} receives. */
  double share(int rank) {
    double previous = rank == 0 ? 0 : cumulative[rank - 1];
    return (cumulative[rank] - previous) / cumulative[cumulative.length - 1];
  }
}
