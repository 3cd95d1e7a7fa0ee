package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.netwerkscan.text.Messages;

/**
 * The report's pictures: the organisation network (PNG and SVG), the distance figure (PNG and
 * SVG), one PNG per high-risk relation, the units of a roll-up survey (PNG and SVG), and for a comparison of two surveys the change diagram
 * (PNG and SVG). Each picture is one drawing routine painted on a
 * bitmap and on a vector Graphics2D, headless, in DejaVu Sans, the same bytes from run to run.
 * File names come from the bundle in the report's language (netwerk.png / network.png).
 *
 * <p>No GraphStream rendering (GraphStream writes only the trend's timeline GEXF): its
 * FileSinkSVG is unusable (tech-notes.md) and the network is a star, laid out radially by {@link
 * NetworkLayout}; the drawing is plain Java2D, so PNG and SVG come from one routine ({@link
 * Canvas}).
 */
public final class Diagrams {
  /**
   * Height in pixels of the band at the top of every picture that holds its title and nothing
   * else (titles sit on the baseline 72, the first line below on 110): a slide that gives the
   * picture its own title crops this band off, so the picture's title is not said twice.
   */
  public static final int TITLE_BAND = 84;

  /** The pictures' colours for high and medium risk, for the other outputs that mark risk. */
  public static final Color HIGH_RISK = Canvas.HIGH_RISK;

  public static final Color MEDIUM_RISK = Canvas.MEDIUM_RISK;

  private Diagrams() {}

  /**
   * The files written.
   *
   * @param fragile the picture of each high-risk relation, by organisation name, in input order
   */
  public record Written(Path network, Path networkSvg, Path distances, Path distancesSvg, Map<String, Path> fragile) {
    public Written {
      fragile = Collections.unmodifiableMap(new LinkedHashMap<>(fragile));
    }
  }

  /** Writes every picture into {@code folder}. */
  public static Written write(Path folder, DiagramInput input, Messages messages) throws IOException {
    Objects.requireNonNull(input);
    String network = messages.get("report.file.network");
    String distances = messages.get("report.file.distances");
    both(new NetworkDiagram(input, messages), folder, network);
    both(new DistanceDiagram(input, messages), folder, distances);
    Map<String, Path> fragile = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (FragileRelation relation : input.fragileRelations()) {
      String name = unique(messages.get("report.file.risk") + "-" + slug(relation.organisation()), used);
      Path file = folder.resolve(name + ".png");
      Canvas.writePng(new FragileRelationDiagram(input.home(), relation, messages), file);
      fragile.putIfAbsent(relation.organisation(), file);
    }
    return new Written(
        folder.resolve(network + ".png"), folder.resolve(network + ".svg"),
        folder.resolve(distances + ".png"), folder.resolve(distances + ".svg"), fragile);
  }

  /**
   * Writes the change diagram of a comparison into {@code folder}, as PNG and SVG under the
   * bundle's name (verandering.png / change.png); returns the PNG.
   */
  public static Path writeChange(Path folder, ChangeInput input, Messages messages) throws IOException {
    Objects.requireNonNull(input);
    String name = messages.get("report.file.change");
    both(new ChangeDiagram(input, messages), folder, name);
    return folder.resolve(name + ".png");
  }

  /**
   * Writes the trend picture into {@code folder}, as PNG and SVG under the bundle's name
   * (verloop.png / trend.png); returns the PNG.
   */
  public static Path writeTrend(Path folder, TrendInput input, Messages messages) throws IOException {
    Objects.requireNonNull(input);
    String name = messages.get("report.file.trend");
    both(new TrendDiagram(input, messages), folder, name);
    return folder.resolve(name + ".png");
  }

  /**
   * Writes the units picture of a roll-up survey into {@code folder}, as PNG and SVG under the
   * bundle's name (teams.png / units.png); returns the PNG.
   */
  public static Path writeUnits(Path folder, UnitInput input, Messages messages) throws IOException {
    Objects.requireNonNull(input);
    String name = messages.get("report.file.units");
    both(new UnitDiagram(input, messages), folder, name);
    return folder.resolve(name + ".png");
  }

  private static void both(Canvas.Picture picture, Path folder, String baseName) throws IOException {
    Canvas.writePng(picture, folder.resolve(baseName + ".png"));
    Canvas.writeSvg(picture, folder.resolve(baseName + ".svg"));
  }

  /**
   * A file-name-safe form of an organisation name: accents dropped, lower case, runs of anything
   * but letters and digits as one hyphen, at most 60 characters ("Stichting Café 't Hoekje" →
   * "stichting-cafe-t-hoekje"); "organisatie" when nothing is left.
   */
  public static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-$", "");
    }
    return slug.isEmpty() ? "organisatie" : slug;
  }

  /** Two organisations whose names slug alike get -2, -3 … in order. */
  private static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = name + "-" + n;
    }
    return candidate;
  }
}
