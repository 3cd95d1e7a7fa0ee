package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.text.Messages;

/**
 * The distance figure (afstanden.png/.svg), the study's summary figure as small multiples: a
 * panel for the mean and one per aspect, each with us at the centre and every organisation type
 * on its own spoke at its distance (0 centre, 1 outer ring, rings at 0.25 steps). A type keeps
 * its spoke in every panel, so the eye follows one colour from panel to panel. The ninth cell of
 * the 3×3 grid holds the legend.
 */
final class DistanceDiagram implements Canvas.Picture {
  static final int WIDTH = 2400;
  static final int HEIGHT = 1350;
  private static final double TOP = 130;
  private static final double CELL_W = (WIDTH - 80) / 3.0;
  private static final double CELL_H = (HEIGHT - TOP - 20) / 3.0;
  private static final double RADIUS = 135;

  private final DiagramInput input;
  private final Messages messages;
  private final List<TypeDistances> types;

  DistanceDiagram(DiagramInput input, Messages messages) {
    this.input = input;
    this.messages = messages;
    this.types =
        input.distances().stream()
            .sorted(Comparator.comparing(TypeDistances::type,
                Comparator.comparingInt(OrganisationType::order).thenComparing(OrganisationType::customName)))
            .toList();
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
    String title = Canvas.title(messages, "diagram.distance", input.home(), input.year());
    Canvas.heading(g, title, messages.get("diagram.distance.subtitle"));

    panel(g, 0, messages.get("diagram.distance.mean"), TypeDistances::mean, true);
    for (Aspect aspect : Aspect.values()) {
      panel(g, aspect.ordinal() + 1, messages.label(aspect), t -> t.distance(aspect), false);
    }
    legend(g, 40 + 2 * CELL_W, TOP + 2 * CELL_H);
  }

  private double angle(int index) {
    return 2 * Math.PI * index / Math.max(types.size(), 1);
  }

  private void panel(Graphics2D g, int cell, String name, Function<TypeDistances, OptionalDouble> value, boolean main) {
    double left = 40 + (cell % 3) * CELL_W;
    double top = TOP + (cell / 3) * CELL_H;
    g.setColor(main ? new Color(0xEDEDED) : new Color(0xF7F7F7));
    g.fill(new RoundRectangle2D.Double(left + 8, top + 8, CELL_W - 16, CELL_H - 16, 20, 20));
    g.setColor(Canvas.INK);
    g.setFont(Canvas.font(Font.BOLD, 22));
    g.drawString(name, (float) left + 28, (float) top + 42);
    double cx = left + CELL_W / 2 + 40;
    double cy = top + 223;

    for (int ring = 1; ring <= 4; ring++) {
      g.setColor(ring == 4 ? new Color(0x8C8C8C) : new Color(0xC8C8C8));
      g.setStroke(ring == 4 ? Canvas.stroke(1.6) : Canvas.dashed(1, 4));
      g.draw(Canvas.circle(cx, cy, RADIUS * ring / 4));
    }
    ringValues(g, cx, cy);
    g.setFont(Canvas.font(Font.PLAIN, 16));
    for (int i = 0; i < types.size(); i++) {
      TypeDistances type = types.get(i);
      spoke(g, cx, cy, angle(i), type.type(), value.apply(type));
    }
    Canvas.fillAndOutline(g, Canvas.circle(cx, cy, 7), new Color(0x333333), Color.WHITE, 1.5);
  }

  /** The ring values 0.25 … 1, along the bisector between the last and the first spoke. */
  private void ringValues(Graphics2D g, double cx, double cy) {
    double angle = types.size() > 1 ? -Math.PI / types.size() : -Math.PI / 4;
    g.setFont(Canvas.font(Font.PLAIN, 12));
    g.setColor(Canvas.MUTED);
    for (int ring = 1; ring <= 4; ring++) {
      double r = RADIUS * ring / 4;
      String text = messages.get("diagram.distance.ring", ring / 4.0);
      Canvas.halo(g, text, cx + r * Math.sin(angle), cy - r * Math.cos(angle));
    }
  }

  private void spoke(Graphics2D g, double cx, double cy, double angle, OrganisationType type, OptionalDouble distance) {
    double sin = Math.sin(angle);
    double cos = Math.cos(angle);
    Color colour = TypePalette.colour(type);
    g.setColor(TypePalette.tint(colour, 0.7));
    g.setStroke(Canvas.stroke(1.2));
    g.draw(new Line2D.Double(cx, cy, cx + RADIUS * sin, cy - RADIUS * cos));
    if (distance.isPresent()) {
      double r = RADIUS * distance.getAsDouble();
      g.setColor(colour);
      g.setStroke(Canvas.stroke(5));
      g.draw(new Line2D.Double(cx, cy, cx + r * sin, cy - r * cos));
      Canvas.fillAndOutline(g, Canvas.circle(cx + r * sin, cy - r * cos, 10), colour, Color.WHITE, 2);
    }
    String label = messages.label(type) + (distance.isPresent() ? "" : " (" + messages.get("diagram.distance.none") + ")");
    g.setColor(distance.isPresent() ? Canvas.INK : Canvas.MUTED);
    double lr = RADIUS + 16;
    double x = cx + lr * sin;
    double y = cy - lr * cos;
    double w = g.getFontMetrics().stringWidth(label);
    double textLeft = sin > 0.2 ? x : sin < -0.2 ? x - w : x - w / 2;
    double textY = y - cos * 8;
    Canvas.text(g, label, textLeft, textY, false);
  }

  private void legend(Graphics2D g, double left, double top) {
    double x = left + 32;
    double y = top + 44;
    g.setColor(Canvas.INK);
    g.setFont(Canvas.font(Font.BOLD, 19));
    Canvas.text(g, messages.get("diagram.legend.types"), x, y, false);
    y += 34;
    g.setFont(Canvas.font(Font.PLAIN, 17));
    int perColumn = (types.size() + 1) / 2;
    for (int i = 0; i < types.size(); i++) {
      double tx = x + (i / perColumn) * 330;
      double ty = y + (i % perColumn) * 28;
      Canvas.fillAndOutline(g, Canvas.circle(tx + 10, ty, 10), TypePalette.colour(types.get(i).type()), Color.WHITE, 1.5);
      g.setColor(Canvas.INK);
      Canvas.text(g, Canvas.fit(g, messages.label(types.get(i).type()), 290), tx + 30, ty, false);
    }
    y += perColumn * 28 + 20;
    g.setFont(Canvas.font(Font.PLAIN, 17));
    g.setColor(Canvas.MUTED);
    for (String line : Canvas.wrap(g, messages.get("diagram.distance.explain", input.home()), CELL_W - 80)) {
      Canvas.text(g, line, x, y, false);
      y += 24;
    }
  }
}
