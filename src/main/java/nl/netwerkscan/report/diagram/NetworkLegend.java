package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Comparator;
import java.util.List;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.report.diagram.NetworkLayout.Node;
import nl.netwerkscan.report.diagram.NetworkLayout.Scale;
import nl.netwerkscan.text.Messages;

/** The network diagram's legend: types, risk rings, what circle size and line width mean. */
final class NetworkLegend {
  private static final int ROW = 30;

  private final Messages messages;
  private final Scale scale;
  private final List<Node> nodes;
  private final int organisations;

  NetworkLegend(Messages messages, Scale scale, List<Node> nodes, int organisations) {
    this.messages = messages;
    this.scale = scale;
    this.nodes = nodes;
    this.organisations = organisations;
  }

  /** Where the legend's content ends, found by painting it on a scratch image. */
  private double measure(double x, double top, double width) {
    java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scratch.createGraphics();
    try {
      return content(g, x, top, width);
    } finally {
      g.dispose();
    }
  }

  void paint(Graphics2D g, double x, double top, double width) {
    g.setColor(new Color(0xF6F6F6));
    g.fill(new RoundRectangle2D.Double(x, top, width, measure(x, top, width) - top + 12, 24, 24));
    content(g, x, top, width);
  }

  /** Paints the legend's content and returns where it ends. */
  private double content(Graphics2D g, double x, double top, double width) {
    double y = top + 40;
    double textX = x + 64;
    double textWidth = width - 84;
    List<OrganisationType> types =
        nodes.stream().map(Node::type).distinct()
            .sorted(Comparator.comparingInt(OrganisationType::order).thenComparing(OrganisationType::customName))
            .toList();
    y = heading(g, messages.get("diagram.legend.types"), x + 24, y);
    g.setFont(Canvas.font(Font.PLAIN, 17));
    for (OrganisationType type : types) {
      Canvas.fillAndOutline(g, Canvas.circle(x + 40, y, 10), TypePalette.colour(type), Color.WHITE, 1.5);
      g.setColor(Canvas.INK);
      Canvas.text(g, messages.label(type), textX, y, false);
      y += ROW;
    }

    y = heading(g, messages.get("diagram.legend.risk"), x + 24, y + 24);
    g.setColor(Canvas.HIGH_RISK);
    g.setStroke(Canvas.stroke(4.5));
    g.draw(Canvas.circle(x + 40, y, 13));
    g.setFont(Canvas.font(Font.BOLD, 17));
    Canvas.text(g, messages.get("diagram.legend.risk.high"), textX, y, false);
    y += 40;
    g.setColor(Canvas.MEDIUM_RISK);
    g.setStroke(Canvas.dashed(3.5, 7));
    g.draw(Canvas.circle(x + 40, y, 13));
    g.setColor(Canvas.INK);
    g.setFont(Canvas.font(Font.PLAIN, 17));
    Canvas.text(g, messages.get("diagram.legend.risk.medium"), textX, y, false);
    y += 40;

    y = heading(g, messages.get("diagram.legend.size"), x + 24, y + 16);
    g.setFont(Canvas.font(Font.PLAIN, 17));
    double circleX = x + 28 + scale.maxRadius();
    double valueX = Math.max(textX, circleX + scale.maxRadius() + 14);
    for (int contacts : samples(scale.largest())) {
      double r = Math.max(scale.radius(contacts), 10);
      y += r - 10;
      Canvas.fillAndOutline(g, Canvas.circle(circleX, y, scale.radius(contacts)), new Color(0x9A9A9A), Color.WHITE, 1.5);
      g.setColor(Canvas.INK);
      Canvas.text(g, String.valueOf(contacts), valueX, y, false);
      y += r + 18;
    }

    y = heading(g, messages.get("diagram.legend.width"), x + 24, y + 16);
    g.setFont(Canvas.font(Font.PLAIN, 17));
    for (int staff : samples(scale.mostStaff())) {
      g.setColor(new Color(0x9A9A9A));
      g.setStroke(Canvas.stroke(scale.width(staff)));
      g.draw(new Line2D.Double(x + 24, y, x + 66, y));
      g.setColor(Canvas.INK);
      Canvas.text(g, String.valueOf(staff), textX + 12, y, false);
      y += ROW;
    }

    if (gathered() > 0) {
      y += 16;
      g.setColor(new Color(0x999999));
      g.setStroke(Canvas.dashed(2, 8));
      g.draw(new Line2D.Double(x + 24, y, x + 66, y));
      g.setColor(Canvas.INK);
      g.setFont(Canvas.font(Font.ITALIC, 17));
      List<String> lines =
          Canvas.wrap(g, messages.get("diagram.legend.gathered", organisations - gathered(), gathered()), textWidth);
      for (String line : lines) {
        Canvas.text(g, line, textX, y, false);
        y += 22;
      }
    }
    return y;
  }

  /** Organisations inside gathered nodes. */
  private int gathered() {
    return nodes.stream().mapToInt(Node::gathered).sum();
  }

  private static double heading(Graphics2D g, String text, double x, double y) {
    g.setColor(Canvas.INK);
    g.setFont(Canvas.font(Font.BOLD, 19));
    Canvas.text(g, text, x, y, false);
    return y + 36;
  }

  /** Three round example values up to {@code largest}, largest first, without repeats. */
  static int[] samples(int largest) {
    int middle = Math.max(1, (int) Math.round(largest / 4.0));
    int[] values = {largest, middle, 1};
    return java.util.Arrays.stream(values).distinct().toArray();
  }
}
