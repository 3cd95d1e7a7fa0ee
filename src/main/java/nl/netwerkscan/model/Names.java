package nl.netwerkscan.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching key of a name or header: lower case, accents removed, and everything that is not
 * a letter or digit dropped, so "GeldZorg", "Geldzorg" and "geld zorg" are one organisation and
 * "J. de Vries" and "j de vries" one person (survey-format.md, Name matching).
 */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  public static String key(String name) {
    if (isPlainAscii(name)) {
      return asciiKey(name);
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    String unaccented = MARKS.matcher(decomposed).replaceAll("");
    return NOT_LETTER_OR_DIGIT.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** The common case without regular expressions: a million names a run pass through here. */
  private static String asciiKey(String name) {
    StringBuilder key = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        key.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key.append(c);
      }
    }
    return key.toString();
  }

  private static boolean isPlainAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
