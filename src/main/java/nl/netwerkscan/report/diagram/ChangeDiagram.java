package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.netwerkscan.report.diagram.NetworkLayout.Label;
import nl.netwerkscan.report.diagram.NetworkLayout.Node;
import nl.netwerkscan.report.diagram.NetworkLayout.Placement;
import nl.netwerkscan.text.Messages;

/**
 * The change diagram (verandering.png/.svg): the organisation network of both surveys in the
 * network diagram's radial layout, size and type colours, with each relation marked by how it
 * changed ({@link ChangeStyle}): new ones in blue with a "+", gone ones dashed and hollow in red
 * with a "−", stronger and weaker ones with an up or down badge, unchanged ones plain grey. Only
 * organisations appear, never people. The same size as the network diagram, so it fills a slide.
 */
final class ChangeDiagram implements Canvas.Picture {
  private static final double CX = NetworkDiagram.CX;
  private static final double CY = NetworkDiagram.CY;

  private static final List<ChangeKind> SECTOR_ORDER =
      List.of(ChangeKind.NEW, ChangeKind.STRONGER, ChangeKind.SAME, ChangeKind.WEAKER, ChangeKind.GONE);

  private final ChangeInput input;
  private final Messages messages;
  private final ChangeSelection selection;

  ChangeDiagram(ChangeInput input, Messages messages) {
    this.input = input;
    this.messages = messages;
    this.selection =
        new ChangeSelection(
            input.organisations(),
            (type, change, count) -> messages.get("diagram.change.other", messages.label(type), name(change), count));
  }

  /** The labels drawn for the organisations (gathered ones included), for tests. */
  List<String> labels() {
    return selection.nodes().stream().map(Node::label).toList();
  }

  @Override
  public int width() {
    return NetworkDiagram.WIDTH;
  }

  @Override
  public int height() {
    return NetworkDiagram.HEIGHT;
  }

  @Override
  public void paint(Graphics2D g) {
    List<Node> nodes = selection.nodes();
    // Within a type, clockwise: new, stronger, same, weaker, gone, so each sector reads as a blue
    // end and a red end; gathered groups last within their change.
    Placement placement =
        NetworkLayout.place(
            nodes, CX, CY, NetworkDiagram.RING,
            Comparator.comparingInt((Node n) -> SECTOR_ORDER.indexOf(selection.change(n))).thenComparing(Node::isGathered));
    title(g);
    // Unchanged lines first, so that the changed ones are drawn on top of them.
    for (ChangeKind change : List.of(ChangeKind.SAME, ChangeKind.STRONGER, ChangeKind.WEAKER, ChangeKind.GONE, ChangeKind.NEW)) {
      for (Node n : placement.nodes()) {
        if (selection.change(n) == change) {
          double width = n.isGathered() ? 1.2 : placement.scale().width(n.staff());
          ChangeStyle.edge(g, change, width, new Line2D.Double(CX, CY, n.x(), n.y()));
        }
      }
    }
    NetworkDiagram.home(g, input.home());
    g.setFont(Canvas.font(Font.PLAIN, labelSize(nodes.size())));
    double lineHeight = g.getFontMetrics().getHeight() + 1;
    List<Label> labels =
        NetworkLayout.labels(placement.nodes(), CX, CY, placement.outer() + 20, lineHeight, 160, height() - 24);
    for (Label label : labels) {
      NetworkDiagram.leader(g, label);
    }
    double badge = Math.max(9, Math.min(13, 0.4 * placement.scale().maxRadius()));
    for (Node n : placement.nodes()) {
      ChangeKind change = selection.change(n);
      ChangeStyle.node(g, change, TypePalette.colour(n.type()), n.x(), n.y(), n.radius(), n.isGathered());
      // The badge sits on the line just inside the circle: outside lie the labels.
      double d = n.radius() + badge + 2;
      ChangeStyle.badge(g, change, n.x() - d * Math.sin(n.angle()), n.y() + d * Math.cos(n.angle()), badge);
    }
    for (Label label : labels) {
      label(g, label, labelSize(nodes.size()));
    }
    new ChangeLegend(messages, nodes, input.organisations().size())
        .paint(g, 1850, 150, width() - 1850 - 40);
  }

  private void title(Graphics2D g) {
    String title = messages.get("diagram.change.title", input.home(), input.oldSurvey(), input.newSurvey());
    g.setColor(Canvas.INK);
    float size = 34;
    g.setFont(Canvas.font(Font.BOLD, size));
    while (size > 22 && g.getFontMetrics().stringWidth(title) > 1760) {
      g.setFont(Canvas.font(Font.BOLD, --size)); // long file names get a smaller title first
    }
    g.drawString(Canvas.fit(g, title, 1760), 60, 72);
    g.setColor(Canvas.MUTED);
    g.setFont(Canvas.font(Font.PLAIN, 20));
    g.drawString(
        messages.get(
            "diagram.change.subtitle", input.organisations().size(), input.count(ChangeKind.NEW),
            input.count(ChangeKind.GONE), input.count(ChangeKind.STRONGER), input.count(ChangeKind.WEAKER),
            input.count(ChangeKind.SAME)),
        60, 110);
  }

  /** Larger labels when there is room for them (as in the network diagram). */
  private static float labelSize(int nodes) {
    return nodes <= 30 ? 19 : nodes <= 50 ? 17 : 15;
  }

  /** New names bold, gone ones italic, the direction in colour; unchanged ones recede. */
  private void label(Graphics2D g, Label label, float size) {
    Node n = label.node();
    ChangeKind change = selection.change(n);
    int style =
        n.isGathered() || change == ChangeKind.GONE ? Font.ITALIC : change == ChangeKind.NEW ? Font.BOLD : Font.PLAIN;
    Color colour = n.isGathered() || change == ChangeKind.SAME ? Canvas.MUTED : ChangeStyle.colour(change);
    float fitting = size;
    g.setFont(Canvas.font(style, fitting));
    while (fitting > 14 && g.getFontMetrics().stringWidth(n.label()) > NetworkDiagram.LABEL_WIDTH) {
      g.setFont(Canvas.font(style, --fitting));
    }
    g.setColor(colour);
    String text = Canvas.fit(g, n.label(), NetworkDiagram.LABEL_WIDTH);
    double x = label.right() ? label.x() + 5 : label.x() - 5;
    Canvas.text(g, text, x, label.y(), !label.right());
    if (change == ChangeKind.GONE && !n.isGathered()) {
      strike(g, text, x, label.y(), label.right());
    }
  }

  /** A line through a gone organisation's name: not only its colour says it is gone. */
  private static void strike(Graphics2D g, String text, double x, double y, boolean right) {
    double width = g.getFontMetrics().stringWidth(text);
    double left = right ? x : x - width;
    g.setStroke(Canvas.stroke(1.3));
    g.draw(new Line2D.Double(left, y, left + width, y));
  }

  private String name(ChangeKind change) {
    return messages.get("compare.change." + change.name().toLowerCase(Locale.ROOT));
  }
}
