package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.report.diagram.NetworkLayout.Node;
import nl.netwerkscan.text.Messages;

/** The change diagram's legend: each kind of change as drawn, the types, size and width. */
final class ChangeLegend {
  private static final Color SAMPLE = new Color(0x808080);

  private final Messages messages;
  private final List<Node> nodes;
  private final int organisations;

  ChangeLegend(Messages messages, List<Node> nodes, int organisations) {
    this.messages = messages;
    this.nodes = nodes;
    this.organisations = organisations;
  }

  void paint(Graphics2D g, double x, double top, double width) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D measure = scratch.createGraphics();
    double bottom;
    try {
      bottom = content(measure, x, top, width);
    } finally {
      measure.dispose();
    }
    g.setColor(new Color(0xF6F6F6));
    g.fill(new RoundRectangle2D.Double(x, top, width, bottom - top + 12, 24, 24));
    content(g, x, top, width);
  }

  /** Paints the legend's content and returns where it ends. */
  private double content(Graphics2D g, double x, double top, double width) {
    double textX = x + 112;
    double textWidth = width - 128;
    double y = heading(g, messages.get("diagram.change.legend"), x + 24, top + 40);
    for (ChangeKind change : List.of(ChangeKind.NEW, ChangeKind.GONE, ChangeKind.STRONGER, ChangeKind.WEAKER, ChangeKind.SAME)) {
      g.setFont(Canvas.font(change == ChangeKind.NEW ? Font.BOLD : Font.PLAIN, 17));
      List<String> lines = Canvas.wrap(g, messages.get("diagram.change.legend." + change.name().toLowerCase(Locale.ROOT)), textWidth);
      double middle = y + 11 * (lines.size() - 1);
      ChangeStyle.edge(g, change, 3, new Line2D.Double(x + 14, middle, x + 84, middle));
      ChangeStyle.node(g, change, SAMPLE, x + 86, middle, 11, /* gathered= */ false);
      ChangeStyle.badge(g, change, x + 50, middle, 11);
      g.setColor(change == ChangeKind.SAME ? Canvas.INK : ChangeStyle.colour(change));
      for (String line : lines) {
        Canvas.text(g, line, textX, y, false);
        y += 22;
      }
      y += 14;
    }

    y = heading(g, messages.get("diagram.legend.types"), x + 24, y + 18);
    g.setFont(Canvas.font(Font.PLAIN, 17));
    List<OrganisationType> types =
        nodes.stream().map(Node::type).distinct()
            .sorted(Comparator.comparingInt(OrganisationType::order).thenComparing(OrganisationType::customName))
            .toList();
    for (OrganisationType type : types) {
      Canvas.fillAndOutline(g, Canvas.circle(x + 40, y, 10), TypePalette.colour(type), Color.WHITE, 1.5);
      g.setColor(Canvas.INK);
      Canvas.text(g, messages.label(type), x + 64, y, false);
      y += 30;
    }

    y = paragraph(g, messages.get("diagram.change.legend.size"), x + 24, y + 10, width - 48);
    int gathered = nodes.stream().mapToInt(Node::gathered).sum();
    if (gathered > 0) {
      y = paragraph(g, messages.get("diagram.change.legend.gathered", organisations - gathered, gathered), x + 24, y + 10, width - 48);
    }
    return y;
  }

  private static double paragraph(Graphics2D g, String text, double x, double y, double width) {
    g.setColor(Canvas.MUTED);
    g.setFont(Canvas.font(Font.ITALIC, 16));
    for (String line : Canvas.wrap(g, text, width)) {
      Canvas.text(g, line, x, y, false);
      y += 21;
    }
    return y;
  }

  private static double heading(Graphics2D g, String text, double x, double y) {
    g.setColor(Canvas.INK);
    g.setFont(Canvas.font(Font.BOLD, 19));
    Canvas.text(g, text, x, y, false);
    return y + 36;
  }
}
