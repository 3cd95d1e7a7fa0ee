package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Optional;
import nl.netwerkscan.report.diagram.FragileRelation.Carrier;
import nl.netwerkscan.report.diagram.FragileRelation.Mention;
import nl.netwerkscan.text.Messages;

/**
 * The picture of one high-risk relation (risico-&lt;organisation&gt;.png): our staff on the
 * left, the organisation's people on the right (mentions without a name as one node), a curve
 * per staff–person pair as wide as its mentions, and the carrier — the one person everything
 * runs through — outlined in red and named in the sentence under the title. Names appear here
 * (this picture is about people); pseudonymisation replaces them before they reach this class.
 */
final class FragileRelationDiagram implements Canvas.Picture {
  static final int WIDTH = 1600;
  private static final double TOP = 230;
  private static final double ROW = 50;
  private static final double BOX_W = 420;
  private static final double BOX_H = 38;
  private static final double LEFT_X = 190;
  private static final double RIGHT_X = WIDTH - 190 - BOX_W;

  private final String home;
  private final FragileRelation relation;
  private final Messages messages;

  FragileRelationDiagram(String home, FragileRelation relation, Messages messages) {
    this.home = home;
    this.relation = relation;
    this.messages = messages;
  }

  @Override
  public int width() {
    return WIDTH;
  }

  @Override
  public int height() {
    int rows = Math.max(relation.staff().size(), relation.persons().size());
    return (int) Math.max(900, TOP + rows * ROW + 120);
  }

  @Override
  public void paint(Graphics2D g) {
    g.setColor(Canvas.INK);
    g.setFont(Canvas.font(Font.BOLD, 32));
    g.drawString(Canvas.fit(g, messages.get("diagram.risk.title", relation.organisation()), WIDTH - 120), 60, 70);
    g.setFont(Canvas.font(Font.PLAIN, 21));
    g.setColor(Canvas.HIGH_RISK);
    double y = 112;
    for (String line : Canvas.wrap(g, sentence(), WIDTH - 120)) {
      g.drawString(line, 60, (float) y);
      y += 30;
    }
    Color typeColour = TypePalette.colour(relation.type());
    header(g, LEFT_X, messages.get("diagram.risk.ours", home));
    header(g, RIGHT_X, messages.get("diagram.risk.theirs", relation.organisation(), messages.label(relation.type())));
    g.setColor(typeColour);
    g.fillRect((int) RIGHT_X, (int) TOP - 20, (int) BOX_W, 5);
    g.setColor(new Color(0x777777));
    g.fillRect((int) LEFT_X, (int) TOP - 20, (int) BOX_W, 5);

    for (Mention m : relation.mentions()) {
      double y1 = rowY(m.staff(), relation.staff().size());
      double y2 = rowY(m.person(), relation.persons().size());
      double x1 = LEFT_X + BOX_W;
      double x2 = RIGHT_X;
      g.setColor(new Color(90, 90, 90, 150));
      g.setStroke(Canvas.stroke(Math.min(14, 1.5 + 2.5 * (m.count() - 1) + 1)));
      double mid = (x1 + x2) / 2;
      g.draw(new CubicCurve2D.Double(x1, y1, mid, y1, mid, y2, x2, y2));
    }
    for (Mention m : relation.mentions()) {
      if (m.count() > 1) {
        count(g, m.count(), (LEFT_X + BOX_W + RIGHT_X) / 2,
            (rowY(m.staff(), relation.staff().size()) + rowY(m.person(), relation.persons().size())) / 2);
      }
    }
    for (int i = 0; i < relation.staff().size(); i++) {
      box(g, LEFT_X, rowY(i, relation.staff().size()), relation.staff().get(i), false,
          new Color(0xEEEEEE), new Color(0x777777), isCarrier(true, i));
    }
    for (int i = 0; i < relation.persons().size(); i++) {
      Optional<String> person = relation.persons().get(i);
      box(g, RIGHT_X, rowY(i, relation.persons().size()),
          person.orElse(messages.get("diagram.risk.unnamed")), person.isEmpty(),
          TypePalette.tint(typeColour, 0.72), typeColour.darker(), isCarrier(false, i));
    }
    g.setFont(Canvas.font(Font.PLAIN, 17));
    g.setColor(Canvas.MUTED);
    g.drawString(messages.get("diagram.risk.width"), 60, height() - 40);
  }

  /** A column header of at most two lines, ending just above the coloured bar. */
  private static void header(Graphics2D g, double x, String text) {
    g.setFont(Canvas.font(Font.BOLD, 21));
    g.setColor(Canvas.INK);
    List<String> lines = Canvas.wrap(g, text, BOX_W);
    int shown = Math.min(lines.size(), 2);
    for (int i = 0; i < shown; i++) {
      String line = i == shown - 1 ? line(lines, i) : lines.get(i);
      g.drawString(Canvas.fit(g, line, BOX_W), (float) x, (float) (TOP - 30 - (shown - 1 - i) * 28));
    }
  }

  private static String line(List<String> lines, int from) {
    return String.join(" ", lines.subList(from, lines.size()));
  }

  /** How often a pair was named, on a small white label on its curve. */
  private static void count(Graphics2D g, int count, double x, double y) {
    g.setFont(Canvas.font(Font.BOLD, 16));
    String text = count + "×";
    double w = g.getFontMetrics().stringWidth(text) + 12;
    g.setColor(Color.WHITE);
    g.fill(new RoundRectangle2D.Double(x - w / 2, y - 12, w, 24, 10, 10));
    g.setColor(Canvas.INK);
    Canvas.centred(g, text, x, y);
  }

  private double rowY(int index, int count) {
    int rows = Math.max(relation.staff().size(), relation.persons().size());
    double area = Math.max(height() - TOP - 120, rows * ROW);
    return TOP + area / 2 + (index - (count - 1) / 2.0) * ROW;
  }

  private boolean isCarrier(boolean ours, int index) {
    return relation.carriers().contains(new Carrier(ours, index));
  }

  private void box(Graphics2D g, double x, double y, String name, boolean unnamed, Color fill, Color outline, boolean carrier) {
    RoundRectangle2D shape = new RoundRectangle2D.Double(x, y - BOX_H / 2, BOX_W, BOX_H, 14, 14);
    g.setColor(fill);
    g.fill(shape);
    g.setColor(carrier ? Canvas.HIGH_RISK : outline);
    g.setStroke(carrier ? Canvas.stroke(5) : unnamed ? Canvas.dashed(2, 6) : Canvas.stroke(1.5));
    g.draw(shape);
    g.setColor(Canvas.INK);
    g.setFont(Canvas.font(carrier ? Font.BOLD : unnamed ? Font.ITALIC : Font.PLAIN, 19));
    Canvas.text(g, Canvas.fit(g, name, BOX_W - 28), x + 14, y, false);
    if (carrier) {
      g.setColor(Canvas.HIGH_RISK);
      g.setFont(Canvas.font(Font.BOLD, 17));
      String marker = messages.get("diagram.risk.marker");
      boolean left = x < WIDTH / 2.0;
      Canvas.text(g, marker, left ? x - 12 : x + BOX_W + 12, y, left);
    }
  }

  /** Who carries the relation, in words; the carrier list is never empty for a high risk. */
  private String sentence() {
    if (relation.carriers().isEmpty()) {
      return "";
    }
    Carrier carrier = relation.carriers().get(0);
    if (carrier.ourSide()) {
      return messages.get("diagram.risk.carrier.internal", relation.staff().get(carrier.index()), relation.organisation());
    }
    Optional<String> person = relation.persons().get(carrier.index());
    return person.isPresent()
        ? messages.get("diagram.risk.carrier.external", person.get(), relation.organisation())
        : messages.get("diagram.risk.carrier.unnamed", relation.organisation());
  }
}
