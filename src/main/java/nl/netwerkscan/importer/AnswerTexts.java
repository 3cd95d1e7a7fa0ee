package nl.netwerkscan.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.InHouse;

/**
 * The answer and in-house texts of one sheet, each interpreted once: a survey uses a handful of
 * labels over millions of cells. Also hands out one {@link Answers} object per combination, so a
 * million rows hold a few thousand of them.
 */
final class AnswerTexts {
  private static final int COMBINATIONS = (int) Math.pow(Answers.MAX + 1, Aspect.values().length);

  /** Per aspect: the value of each answer text seen, as {@link Scales#value} gives it. */
  private final List<Map<String, Integer>> values = new ArrayList<>();
  private final Map<String, Optional<InHouse>> inHouse = new HashMap<>();
  private Answers[] combinations;

  AnswerTexts() {
    for (int i = 0; i < Aspect.values().length; i++) {
      values.add(new HashMap<>());
    }
  }

  /** The value 1..5 of {@code text} on {@code aspect}'s scale, or 0 when it is no answer. */
  int value(Aspect aspect, String text) {
    Map<String, Integer> known = values.get(aspect.ordinal());
    Integer value = known.get(text);
    if (value == null) {
      value = Scales.value(aspect, text);
      if (known.size() < ContactRows.MAX_CACHED_KEYS) {
        known.put(text, value);
      }
    }
    return value;
  }

  /** Yes or no for a non-empty in-house text; null when it is neither. */
  InHouse inHouse(String text) {
    Optional<InHouse> known = inHouse.get(text);
    if (known == null) {
      known = Optional.ofNullable(Parsing.yesNo(text));
      if (inHouse.size() < ContactRows.MAX_CACHED_KEYS) {
        inHouse.put(text, known);
      }
    }
    return known.orElse(null);
  }

  /**
   * Appends one aspect's answer (0 = none, else 1..5) to a combination: the answers in aspect
   * order read as a base-6 number, which indexes a flat table (a hash map of the packed ints
   * clusters into long chains, since only the octal digits 0..5 occur).
   */
  static int nextDigit(int combination, int value) {
    return combination * (Answers.MAX + 1) + value;
  }

  /** The one object for a combination of all seven answers made by {@link #nextDigit}. */
  Answers combination(int index) {
    if (combinations == null) {
      combinations = new Answers[COMBINATIONS];
    }
    Answers known = combinations[index];
    if (known == null) {
      known = combinations[index] = decode(index);
    }
    return known;
  }

  private static Answers decode(int index) {
    Answers answers = Answers.NONE;
    Aspect[] aspects = Aspect.values();
    for (int i = aspects.length - 1; i >= 0; i--) {
      int value = index % (Answers.MAX + 1);
      if (value > 0) {
        answers = answers.with(aspects[i], value);
      }
      index /= Answers.MAX + 1;
    }
    return answers;
  }
}
