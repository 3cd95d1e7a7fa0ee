package nl.netwerkscan.report.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import nl.netwerkscan.text.Messages;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Turns one drawing routine into both a PNG (a {@link BufferedImage}'s Graphics2D) and an SVG
 * (JFreeSVG's {@link SVGGraphics2D}, text kept as text and escaped by JFreeSVG), so the two files
 * always show the same picture. Both outputs are byte-for-byte the same from run to run: the
 * routines use no randomness, PNG has no timestamp, and the SVG's id prefix is fixed.
 */
final class Canvas {
  static final String FONT = "DejaVu Sans";
  static final Color INK = new Color(0x222222);
  static final Color MUTED = new Color(0x666666);
  static final Color HIGH_RISK = new Color(0xC00000);
  static final Color MEDIUM_RISK = new Color(0xF07800);

  /** A picture of a fixed size that paints itself on any Graphics2D. */
  interface Picture {
    int width();

    int height();

    void paint(Graphics2D g);
  }

  private Canvas() {}

  static void writePng(Picture picture, Path file) throws IOException {
    BufferedImage image =
        new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      paint(picture, g);
    } finally {
      g.dispose();
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no PNG writer in this Java runtime");
      }
    }
  }

  static void writeSvg(Picture picture, Path file) throws IOException {
    SVGGraphics2D g = new SVGGraphics2D(picture.width(), picture.height());
    g.setDefsKeyPrefix("nws"); // the default prefix holds System.nanoTime(): not reproducible
    // Viewers without DejaVu fall back to Verdana (close metrics) or any sans-serif font.
    g.setFontFunction(family -> "\"" + family + "\", Verdana, sans-serif");
    paint(picture, g);
    // No DOCTYPE (getSVGDocument writes one): XML readers would try to fetch the DTD. A viewBox
    // lets browsers and slide programs scale the drawing.
    String element =
        g.getSVGElement(null, true, new ViewBox(0, 0, picture.width(), picture.height()), null, null);
    String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
    Files.writeString(file, svg, StandardCharsets.UTF_8);
  }

  private static void paint(Picture picture, Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, picture.width(), picture.height());
    picture.paint(g);
  }

  /** A diagram's title by its key prefix: "{prefix}.title", or "{prefix}.title.year" with a year. */
  static String title(Messages messages, String prefix, String home, OptionalInt year) {
    return year.isPresent()
        ? messages.get(prefix + ".title.year", home, String.valueOf(year.getAsInt()))
        : messages.get(prefix + ".title", home);
  }

  /**
   * The title on the baseline 72, inside the band a slide crops off ({@link Diagrams#TITLE_BAND}),
   * and the subtitle below it from the baseline 110, in one line.
   */
  static void heading(Graphics2D g, String title, String subtitle) {
    heading(g, title, subtitle, Double.MAX_VALUE, 1);
  }

  /** As {@link #heading(Graphics2D, String, String)}, the subtitle wrapped to at most {@code lines}. */
  static void heading(Graphics2D g, String title, String subtitle, double width, int lines) {
    g.setColor(INK);
    g.setFont(font(Font.BOLD, 34));
    g.drawString(title, 60, 72);
    g.setColor(MUTED);
    g.setFont(font(Font.PLAIN, 20));
    java.util.List<String> wrapped = wrap(g, subtitle, width);
    for (int line = 0; line < Math.min(lines, wrapped.size()); line++) {
      g.drawString(wrapped.get(line), 60, 110 + line * 26);
    }
  }

  static Font font(int style, float size) {
    return new Font(FONT, style, 1).deriveFont(size);
  }

  static Ellipse2D circle(double x, double y, double r) {
    return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
  }

  static BasicStroke stroke(double width) {
    return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  static BasicStroke dashed(double width, float dash) {
    return new BasicStroke(
        (float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {dash, dash * 0.7f}, 0f);
  }

  static void fillAndOutline(Graphics2D g, Shape shape, Color fill, Color outline, double width) {
    g.setColor(fill);
    g.fill(shape);
    g.setColor(outline);
    g.setStroke(stroke(width));
    g.draw(shape);
  }

  /** Draws {@code text} with its left end at x (or right end when {@code alignRight}), centred on y. */
  static void text(Graphics2D g, String text, double x, double y, boolean alignRight) {
    FontMetrics metrics = g.getFontMetrics();
    double left = alignRight ? x - metrics.stringWidth(text) : x;
    double baseline = y + (metrics.getAscent() - metrics.getDescent()) / 2.0;
    g.drawString(text, (float) left, (float) baseline);
  }

  /** Draws {@code text} centred on (x, y). */
  static void centred(Graphics2D g, String text, double x, double y) {
    text(g, text, x - g.getFontMetrics().stringWidth(text) / 2.0, y, false);
  }

  /** Draws {@code text} centred on (x, y) with a white outline, legible on top of lines. */
  static void halo(Graphics2D g, String text, double x, double y) {
    Color colour = g.getColor();
    FontMetrics metrics = g.getFontMetrics();
    double left = x - metrics.stringWidth(text) / 2.0;
    double baseline = y + (metrics.getAscent() - metrics.getDescent()) / 2.0;
    g.setColor(new Color(255, 255, 255, 220));
    g.fill(new java.awt.geom.RoundRectangle2D.Double(
        left - 3, y - metrics.getAscent() / 2.0 - 2, metrics.stringWidth(text) + 6, metrics.getAscent() + 4, 6, 6));
    g.setColor(colour);
    g.drawString(text, (float) left, (float) baseline);
  }

  /** {@code text} broken into lines of at most {@code width} pixels, at spaces. */
  static java.util.List<String> wrap(Graphics2D g, String text, double width) {
    FontMetrics metrics = g.getFontMetrics();
    java.util.List<String> lines = new java.util.ArrayList<>();
    String line = "";
    for (String word : text.split(" ")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && metrics.stringWidth(longer) > width) {
        lines.add(line);
        line = word;
      } else {
        line = longer;
      }
    }
    lines.add(line);
    return lines;
  }

  /** {@code text} shortened with an ellipsis so that it fits in {@code width} pixels. */
  static String fit(Graphics2D g, String text, double width) {
    FontMetrics metrics = g.getFontMetrics();
    if (metrics.stringWidth(text) <= width) {
      return text;
    }
    String shortened = text;
    while (shortened.length() > 1 && metrics.stringWidth(shortened + "…") > width) {
      shortened = shortened.substring(0, shortened.length() - 1);
    }
    return shortened.strip() + "…";
  }
}
