package nl.netwerkscan.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching key of a name for {@code --leave}: lower case, accents stripped (NFD, then the
 * combining marks removed), everything but letters and digits removed, so "J. de Vries",
 * "j de vries" and "J.DE VRIES" meet, and "Müller" meets "Muller".
 *
 * <p>Meant to behave exactly as the importer's {@code nl.netwerkscan.importer.Names.key}; once
 * that exists on main, this class should delegate to it (or go), so that a name typed on the
 * command line and a name in the survey are always keyed alike.
 */
final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

  private NameKey() {}

  static String of(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_LETTER_OR_DIGIT.matcher(bare).replaceAll("");
  }
}
