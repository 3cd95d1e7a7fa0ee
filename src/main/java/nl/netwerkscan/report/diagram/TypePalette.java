package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.util.List;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.OrganisationType.BuiltIn;

/**
 * The one colour of each organisation type, the same in every picture and chart of a report
 * (and of every year's report, so a manager learns them once).
 *
 * <p>Built-in types take the Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008),
 * which stays distinguishable for the common forms of colour blindness; Unknown is light grey.
 * Custom types take Paul Tol's "muted" colours, chosen by a stable hash of the type's name so
 * a custom type keeps its colour from run to run. Red and orange in the pictures mean risk, so
 * risk marks never rely on colour alone (solid versus dashed rings, bold labels).
 */
public final class TypePalette {
  private static final Color UNKNOWN = new Color(0xBBBBBB);
  private static final List<Color> CUSTOM =
      List.of(
          new Color(0x332288), new Color(0x117733), new Color(0x999933),
          new Color(0x882255), new Color(0x44AA99), new Color(0xAA4499), new Color(0xDDCC77));

  private TypePalette() {}

  public static Color colour(OrganisationType type) {
    return type.builtIn().map(TypePalette::builtIn).orElseGet(() -> custom(type.customName()));
  }

  /** {@link #colour} as a hex string {@code RRGGBB}, for spreadsheet charts. */
  public static String hex(OrganisationType type) {
    return String.format("%06X", colour(type).getRGB() & 0xFFFFFF);
  }

  /** Black or white, whichever reads better on {@code background}. */
  static Color textOn(Color background) {
    double luminance =
        0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue();
    return luminance > 150 ? Color.BLACK : Color.WHITE;
  }

  /** {@code colour} mixed with white; {@code amount} 0 = the colour, 1 = white. */
  static Color tint(Color colour, double amount) {
    return new Color(
        mix(colour.getRed(), amount), mix(colour.getGreen(), amount), mix(colour.getBlue(), amount));
  }

  private static int mix(int channel, double amount) {
    return (int) Math.round(channel + (255 - channel) * amount);
  }

  private static Color builtIn(BuiltIn type) {
    return switch (type) {
      case CWI -> new Color(0x0072B2); // blue
      case WORK -> new Color(0x009E73); // bluish green
      case EDUCATION -> new Color(0xCC79A7); // reddish purple
      case CHILDCARE -> new Color(0xF0E442); // yellow
      case CARE -> new Color(0x56B4E9); // sky blue
      case FINANCE -> new Color(0xE69F00); // orange
      case HOUSING -> new Color(0xD55E00); // vermillion
      case ENABLING -> new Color(0x555555); // Okabe-Ito black, softened to dark grey
      case UNKNOWN -> UNKNOWN;
    };
  }

  private static Color custom(String name) {
    int hash = 0;
    for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      hash = 31 * hash + c; // String.hashCode spelled out: its value is part of our output
    }
    return CUSTOM.get(Math.floorMod(hash, CUSTOM.size()));
  }
}
