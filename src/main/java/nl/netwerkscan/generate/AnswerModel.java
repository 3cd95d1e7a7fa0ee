package nl.netwerkscan.generate;

import java.util.Map;
import java.util.Random;
import nl.netwerkscan.model.Aspect;

/**
 * How close staff rate a contact, per organisation type and aspect, shaped after the study's
 * findings: CWI closest on every aspect, education farthest, enabling (policy) contacts expert
 * and reliable but otherwise far, and in-house partners clearly closer. Answers are drawn
 * around these means so analyses on generated surveys find the same pattern.
 */
final class AnswerModel {

  /** Mean answer per aspect, in Aspect order: intensity, importance, dependency, ... trust. */
  private static final Map<String, double[]> MEANS =
      Map.of(
          "CWI", new double[] {4.0, 4.2, 4.0, 4.0, 3.9, 3.9, 3.9},
          "Werk", new double[] {3.3, 3.6, 3.4, 3.6, 3.5, 3.5, 3.3},
          "Opleiding", new double[] {2.0, 2.5, 2.3, 2.7, 2.9, 2.7, 2.3},
          "Kinderopvang", new double[] {2.6, 3.2, 3.0, 3.4, 3.3, 3.4, 3.0},
          "Zorg", new double[] {2.9, 3.6, 3.3, 3.3, 3.7, 3.4, 3.1},
          "Geld", new double[] {2.8, 3.3, 3.2, 3.2, 3.5, 3.4, 2.9},
          "Huis", new double[] {2.4, 3.0, 2.8, 3.1, 3.2, 3.1, 2.7},
          "Voorwaardenscheppend", new double[] {2.1, 2.8, 2.4, 2.9, 3.9, 3.8, 2.6});

  private static final double[] UNKNOWN_TYPE = {2.8, 3.2, 3.0, 3.2, 3.3, 3.2, 2.9};

  /**
   * What sharing a building adds. The study found in-house partners more intensive, important,
   * reliable, easier to work with and more trusted; expertise and dependency less so.
   */
  private static final double[] IN_HOUSE_BONUS = {0.9, 0.6, 0.4, 0.7, 0.3, 0.6, 0.8};

  private static final double SPREAD = 0.85;

  private AnswerModel() {}

  /** An answer 1..5 for one aspect of one contact. */
  static int draw(Random random, String type, Aspect aspect, boolean inHouse) {
    double mean = MEANS.getOrDefault(type, UNKNOWN_TYPE)[aspect.ordinal()];
    if (inHouse) {
      mean += IN_HOUSE_BONUS[aspect.ordinal()];
    }
    // java.util.Random's nextGaussian is specified, so a seed gives the same survey on any JDK
    long value = Math.round(mean + random.nextGaussian() * SPREAD);
    return (int) Math.max(1, Math.min(5, value));
  }

  /**
   * How the answer appears in the cell: mostly a number, sometimes the scale's word or a digit
   * typed as text, sometimes left empty, as on real forms. Returns an Integer (numeric cell), a
   * String (text cell) or null (no cell).
   */
  static Object render(Random random, Aspect aspect, int value) {
    int roll = random.nextInt(100);
    if (roll < 6) {
      return null;
    }
    if (roll < 16) {
      return Scales.label(aspect, value);
    }
    if (roll < 18) {
      return Integer.toString(value);
    }
    return value;
  }

  /** The Inpandig cell: mostly ja/nee, sometimes left empty, now and then a cross for yes. */
  static String renderInHouse(Random random, boolean inHouse) {
    int roll = random.nextInt(100);
    if (roll < 8) {
      return null;
    }
    if (inHouse) {
      return roll < 11 ? "x" : "ja";
    }
    return "nee";
  }
}
