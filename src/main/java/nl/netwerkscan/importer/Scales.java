package nl.netwerkscan.importer;

import nl.netwerkscan.model.Names;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkscan.model.Aspect;

/**
 * The answer labels of the seven scales (survey-format.md), Dutch and English, 5 = closest. A
 * label is valid only on its own aspect's scale: "altijd" answers reliability, not intensity.
 */
final class Scales {
  private static final Map<Aspect, Map<String, Integer>> LABELS = new EnumMap<>(Aspect.class);
  private static final Map<Aspect, String[]> ORDERED = new EnumMap<>(Aspect.class);

  static {
    scale(Aspect.INTENSITY, "dagelijks|daily", "wekelijks|weekly", "maandelijks|monthly",
        "per kwartaal|quarterly", "minder vaak|less often");
    scale(Aspect.IMPORTANCE, "zeer belangrijk|very important", "belangrijk|important",
        "een beetje belangrijk|somewhat important", "niet zo belangrijk|not very important",
        "onbelangrijk|unimportant");
    scale(Aspect.DEPENDENCY, "onmisbaar|indispensable", "hard nodig|much needed", "nodig|needed",
        "een beetje nodig|a little needed", "niet nodig|not needed");
    scale(Aspect.COOPERATION, "zeer makkelijk|very easy", "makkelijk|easy", "neutraal|neutral",
        "moeizaam|difficult", "zeer moeizaam|very difficult");
    scale(Aspect.EXPERTISE, "zeer deskundig|very expert", "deskundig|expert",
        "redelijk deskundig|fairly expert", "weinig deskundig|little expertise",
        "niet deskundig|no expertise");
    scale(Aspect.RELIABILITY, "altijd|always", "meestal|mostly", "soms|sometimes", "zelden|rarely",
        "nooit|never");
    scale(Aspect.TRUST, "zeer sterke vertrouwensband|very strong trust",
        "sterke vertrouwensband|strong trust", "enige vertrouwensband|some trust",
        "weinig vertrouwen|little trust", "geen vertrouwensband|no trust");
  }

  private Scales() {}

  /** Labels from 5 down to 1, each "dutch|english". */
  private static void scale(Aspect aspect, String... labels) {
    Map<String, Integer> values = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      for (String label : labels[i].split("\\|")) {
        values.put(Names.key(label), 5 - i);
      }
    }
    LABELS.put(aspect, values);
    ORDERED.put(aspect, labels);
  }

  /** The five labels of {@code aspect}'s scale in one language, 5 (closest) first. */
  static List<String> labels(Aspect aspect, boolean english) {
    return java.util.Arrays.stream(ORDERED.get(aspect)).map(l -> l.split("\\|")[english ? 1 : 0]).toList();
  }

  /** The value 1..5 of {@code text} on {@code aspect}'s scale, or 0 when it is no answer. */
  static int value(Aspect aspect, String text) {
    if (text.length() == 1) {
      char c = text.charAt(0);
      return c >= '1' && c <= '5' ? c - '0' : 0;
    }
    Integer value = LABELS.get(aspect).get(Names.key(text));
    return value == null ? 0 : value;
  }
}
