package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * How the change diagram and its legend mark each kind of change, so both draw it alike.
 *
 * <p>Two colours carry the direction: blue for gained or stronger, red for lost or weaker, the
 * two ends of ColorBrewer's RdBu scheme, which stay apart for the common forms of colour
 * blindness and in greyscale (they differ in lightness too). Colour is never the only cue: a
 * lost relation has a dashed line and a hollow circle, and every change has its own badge shape
 * ("+" new, "−" gone, ▲ stronger, ▼ weaker); an unchanged relation is plain grey, without badge.
 */
final class ChangeStyle {
  static final Color GAINED = new Color(0x2166AC);
  static final Color LOST = new Color(0xB2182B);
  static final Color NEUTRAL = new Color(0xB4B4B4);

  private ChangeStyle() {}

  static Color colour(ChangeKind change) {
    return switch (change) {
      case NEW, STRONGER -> GAINED;
      case GONE, WEAKER -> LOST;
      case SAME -> NEUTRAL;
    };
  }

  /** The line from us to an organisation; new and gone lines stand out, the rest recede. */
  static void edge(Graphics2D g, ChangeKind change, double width, Line2D line) {
    switch (change) {
      case NEW -> {
        g.setColor(GAINED);
        g.setStroke(Canvas.stroke(Math.max(width, 2.5)));
      }
      case GONE -> {
        g.setColor(LOST);
        g.setStroke(Canvas.dashed(Math.max(width, 2.5), 12));
      }
      default -> {
        g.setColor(new Color(NEUTRAL.getRed(), NEUTRAL.getGreen(), NEUTRAL.getBlue(), 170));
        g.setStroke(Canvas.stroke(width));
      }
    }
    g.draw(line);
  }

  /** The organisation's circle: in its type colour, hollow and dashed when the relation is gone. */
  static void node(Graphics2D g, ChangeKind change, Color type, double x, double y, double r, boolean gathered) {
    if (change == ChangeKind.GONE) {
      r = Math.max(r, 7); // a hollow ring needs some size to be seen at all
      g.setColor(Color.WHITE);
      g.fill(Canvas.circle(x, y, r));
      g.setColor(type);
      g.setStroke(Canvas.dashed(Math.min(4, Math.max(2, r / 5)), 5));
      g.draw(Canvas.circle(x, y, Math.max(1, r - 1.5)));
    } else if (gathered) {
      Canvas.fillAndOutline(g, Canvas.circle(x, y, r), TypePalette.tint(type, 0.55), type.darker(), 2);
    } else {
      Canvas.fillAndOutline(g, Canvas.circle(x, y, r), type, Color.WHITE, 2);
    }
  }

  /** A round badge with the change's symbol in white; nothing for an unchanged relation. */
  static void badge(Graphics2D g, ChangeKind change, double x, double y, double r) {
    if (change == ChangeKind.SAME) {
      return;
    }
    Canvas.fillAndOutline(g, Canvas.circle(x, y, r), colour(change), Color.WHITE, 1.5);
    g.setColor(Color.WHITE);
    double s = 0.55 * r;
    switch (change) {
      case NEW -> {
        g.setStroke(new java.awt.BasicStroke((float) (0.32 * r)));
        g.draw(new Line2D.Double(x - s, y, x + s, y));
        g.draw(new Line2D.Double(x, y - s, x, y + s));
      }
      case GONE -> {
        g.setStroke(new java.awt.BasicStroke((float) (0.32 * r)));
        g.draw(new Line2D.Double(x - s, y, x + s, y));
      }
      case STRONGER -> g.fill(triangle(x, y, s, -1));
      case WEAKER -> g.fill(triangle(x, y, s, 1));
      default -> {}
    }
  }

  /** A triangle pointing up ({@code direction} −1) or down (+1), centred on (x, y). */
  private static Path2D triangle(double x, double y, double s, int direction) {
    Path2D path = new Path2D.Double();
    path.moveTo(x, y + direction * 1.05 * s);
    path.lineTo(x - 1.1 * s, y - direction * 0.75 * s);
    path.lineTo(x + 1.1 * s, y - direction * 0.75 * s);
    path.closePath();
    return path;
  }
}
