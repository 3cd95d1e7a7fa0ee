package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;
import nl.netwerkscan.report.diagram.NetworkLayout.Label;
import nl.netwerkscan.report.diagram.NetworkLayout.Node;
import nl.netwerkscan.report.diagram.NetworkLayout.Placement;
import nl.netwerkscan.text.Messages;

/**
 * The organisation network diagram (netwerk.png/.svg): us at the centre, a line to each partner
 * organisation, coloured by type, circle size by contacts, line width by our staff with contact,
 * risk rings, labels outside the ring and a legend on the right. 16:9, so it fills a slide.
 * People never appear here, only organisations.
 */
final class NetworkDiagram implements Canvas.Picture {
  static final int WIDTH = 2400;
  static final int HEIGHT = 1350;
  static final double CX = 950;
  static final double CY = 745;
  static final double RING = 455;
  static final double LABEL_WIDTH = 340; // what fits between the ring and the margin or legend

  private final DiagramInput input;
  private final Messages messages;
  private final List<Node> selected;

  NetworkDiagram(DiagramInput input, Messages messages) {
    this.input = input;
    this.messages = messages;
    this.selected =
        NetworkLayout.select(
            input.organisations(),
            (type, count) -> messages.get("diagram.network.other", messages.label(type), count));
  }

  /** The labels drawn for the organisations (gathered ones included), for tests. */
  List<String> labels() {
    return selected.stream().map(Node::label).toList();
  }

  @Override
  public int width() {
    return WIDTH;
  }

  @Override
  public int height() {
    return HEIGHT;
  }

  @Override
  public void paint(Graphics2D g) {
    Placement placement = NetworkLayout.place(selected, CX, CY, RING);
    title(g);
    for (Node n : placement.nodes()) {
      edge(g, n, placement.scale());
    }
    home(g, input.home());
    g.setFont(Canvas.font(Font.PLAIN, labelSize()));
    double lineHeight = g.getFontMetrics().getHeight() + 1;
    double labelRing = placement.outer() + 20;
    List<Label> labels =
        NetworkLayout.labels(placement.nodes(), CX, CY, labelRing, lineHeight, 160, HEIGHT - 24);
    for (Label label : labels) {
      leader(g, label);
    }
    for (Node n : placement.nodes()) {
      node(g, n);
    }
    for (Label label : labels) {
      label(g, label, labelSize());
    }
    new NetworkLegend(messages, placement.scale(), selected, input.organisations().size())
        .paint(g, 1850, 150, WIDTH - 1850 - 40);
  }

  private void title(Graphics2D g) {
    String title = Canvas.title(messages, "diagram.network", input.home(), input.year());
    int contacts = input.organisations().stream().mapToInt(OrganisationFigure::contacts).sum();
    Canvas.heading(g, title, messages.get("diagram.network.subtitle", input.organisations().size(), contacts));
  }

  /** Us, at the centre. */
  static void home(Graphics2D g, String home) {
    double radius = 66;
    g.setFont(Canvas.font(Font.BOLD, 16));
    List<String> lines = Canvas.wrap(g, home, 2 * radius - 22);
    Canvas.fillAndOutline(g, Canvas.circle(CX, CY, radius), new Color(0x333333), Color.WHITE, 3);
    g.setColor(Color.WHITE);
    double lineHeight = g.getFontMetrics().getHeight();
    double first = CY - lineHeight * (Math.min(lines.size(), 3) - 1) / 2.0;
    for (int i = 0; i < Math.min(lines.size(), 3); i++) {
      Canvas.centred(g, Canvas.fit(g, lines.get(i), 2 * radius - 14), CX, first + i * lineHeight);
    }
  }

  private static void edge(Graphics2D g, Node n, NetworkLayout.Scale scale) {
    Line2D line = new Line2D.Double(CX, CY, n.x(), n.y());
    if (n.isGathered()) {
      g.setColor(new Color(0x999999));
      g.setStroke(Canvas.dashed(2, 8));
    } else {
      Color c = TypePalette.colour(n.type());
      g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
      g.setStroke(Canvas.stroke(scale.width(n.staff())));
    }
    g.draw(line);
  }

  private static void node(Graphics2D g, Node n) {
    Color colour = TypePalette.colour(n.type());
    if (n.isGathered()) {
      g.setColor(TypePalette.tint(colour, 0.55));
      g.fill(Canvas.circle(n.x(), n.y(), n.radius()));
      g.setColor(colour.darker());
      g.setStroke(Canvas.dashed(2.5, 6));
      g.draw(Canvas.circle(n.x(), n.y(), n.radius()));
      return;
    }
    Canvas.fillAndOutline(g, Canvas.circle(n.x(), n.y(), n.radius()), colour, Color.WHITE, 2);
    if (n.risk() == RiskLevel.HIGH) {
      g.setColor(Canvas.HIGH_RISK);
      g.setStroke(Canvas.stroke(4.5));
      g.draw(Canvas.circle(n.x(), n.y(), n.radius() + 5));
    } else if (n.risk() == RiskLevel.MEDIUM) {
      g.setColor(Canvas.MEDIUM_RISK);
      g.setStroke(Canvas.dashed(3.5, 7));
      g.draw(Canvas.circle(n.x(), n.y(), n.radius() + 5));
    }
  }

  static void leader(Graphics2D g, Label label) {
    Node n = label.node();
    double dx = label.x() - n.x();
    double dy = label.y() - n.y();
    double length = Math.hypot(dx, dy);
    double start = n.radius() + 7;
    if (length <= start + 2) {
      return;
    }
    g.setColor(new Color(0xB0B0B0));
    g.setStroke(Canvas.stroke(1));
    g.draw(new Line2D.Double(n.x() + dx / length * start, n.y() + dy / length * start, label.x(), label.y()));
  }

  /** Larger labels when there is room for them. */
  private float labelSize() {
    return selected.size() <= 30 ? 19 : selected.size() <= 50 ? 17 : 15;
  }

  private static void label(Graphics2D g, Label label, float size) {
    Node n = label.node();
    boolean high = n.risk() == RiskLevel.HIGH && !n.isGathered();
    int style = high ? Font.BOLD : n.isGathered() ? Font.ITALIC : Font.PLAIN;
    float fitting = size;
    g.setFont(Canvas.font(style, fitting));
    while (fitting > 14 && g.getFontMetrics().stringWidth(n.label()) > LABEL_WIDTH) {
      fitting--; // a long name gets a smaller font before it loses its end
      g.setFont(Canvas.font(style, fitting));
    }
    g.setColor(high ? Canvas.HIGH_RISK : Canvas.INK);
    String text = Canvas.fit(g, n.label(), LABEL_WIDTH);
    Canvas.text(g, text, label.right() ? label.x() + 5 : label.x() - 5, label.y(), !label.right());
  }
}
