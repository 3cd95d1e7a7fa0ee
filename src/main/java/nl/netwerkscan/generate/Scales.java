package nl.netwerkscan.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.netwerkscan.model.Aspect;

/**
 * The Dutch answer labels of survey-format.md's scale table. Real forms mix numbers and these
 * words, so the generators write some answers as labels to keep the importer honest.
 */
final class Scales {

  /** Per aspect, the labels for 1..5 (index 0 = answer 1). */
  private static final Map<Aspect, List<String>> LABELS = new EnumMap<>(Aspect.class);

  static {
    LABELS.put(
        Aspect.INTENSITY,
        List.of("minder vaak", "per kwartaal", "maandelijks", "wekelijks", "dagelijks"));
    LABELS.put(
        Aspect.IMPORTANCE,
        List.of(
            "onbelangrijk",
            "niet zo belangrijk",
            "een beetje belangrijk",
            "belangrijk",
            "zeer belangrijk"));
    LABELS.put(
        Aspect.DEPENDENCY,
        List.of("niet nodig", "een beetje nodig", "nodig", "hard nodig", "onmisbaar"));
    LABELS.put(
        Aspect.COOPERATION,
        List.of("zeer moeizaam", "moeizaam", "neutraal", "makkelijk", "zeer makkelijk"));
    LABELS.put(
        Aspect.EXPERTISE,
        List.of(
            "niet deskundig",
            "weinig deskundig",
            "redelijk deskundig",
            "deskundig",
            "zeer deskundig"));
    LABELS.put(Aspect.RELIABILITY, List.of("nooit", "zelden", "soms", "meestal", "altijd"));
    LABELS.put(
        Aspect.TRUST,
        List.of(
            "geen vertrouwensband",
            "weinig vertrouwen",
            "enige vertrouwensband",
            "sterke vertrouwensband",
            "zeer sterke vertrouwensband"));
  }

  static String label(Aspect aspect, int value) {
    if (value < 1 || value > 5) {
      throw new IllegalArgumentException("answer out of scale: " + value);
    }
    return LABELS.get(aspect).get(value - 1);
  }

  private Scales() {}
}
