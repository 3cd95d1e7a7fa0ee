package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.OptionalDouble;
import nl.netwerkscan.text.Messages;

/**
 * verloop.png / trend.png: small multiples of each type's mean distance over the years (one
 * panel per type, the same scale in each, 0 = closest at the bottom), and beside them the
 * organisations that are persistently fragile, newly fragile and recovered.
 */
final class TrendDiagram implements Canvas.Picture {
  static final int WIDTH = 2400;
  private static final double CELL_HEIGHT = 420;
  /** Enough for the three lists when there are few types. */
  private static final int MIN_HEIGHT = 760;
  private static final double TOP = 140;
  private static final double PANELS_WIDTH = 1560;
  private static final int COLUMNS = 3;
  private static final double LIST_LEFT = 60 + PANELS_WIDTH + 40;
  private static final double LINE = 32;

  private final TrendInput input;
  private final Messages messages;

  private final int rows;

  TrendDiagram(TrendInput input, Messages messages) {
    this.input = input;
    this.messages = messages;
    this.rows = Math.max(1, (input.types().size() + COLUMNS - 1) / COLUMNS);
  }

  @Override
  public int width() {
    return WIDTH;
  }

  @Override
  public int height() {
    // As tall as the panels need, so that on a slide the picture is not mostly white.
    return (int) Math.max(MIN_HEIGHT, TOP + rows * CELL_HEIGHT + 30);
  }

  @Override
  public void paint(Graphics2D g) {
    List<String> years = input.years();
    Canvas.heading(
        g,
        messages.get("diagram.trend.title", input.home(), years.get(0), years.get(years.size() - 1)),
        messages.get("diagram.trend.subtitle"));
    double cellW = PANELS_WIDTH / COLUMNS;
    double cellH = CELL_HEIGHT;
    for (int i = 0; i < input.types().size(); i++) {
      panel(g, input.types().get(i), 60 + (i % COLUMNS) * cellW, TOP + (i / COLUMNS) * cellH, cellW, cellH);
    }
    lists(g);
  }

  private void panel(Graphics2D g, TrendInput.TypeLine type, double left, double top, double w, double h) {
    Color colour = TypePalette.colour(type.type());
    g.setColor(new Color(0xF7F7F7));
    g.fill(new RoundRectangle2D.Double(left + 6, top + 6, w - 12, h - 12, 18, 18));
    g.setColor(Canvas.INK);
    g.setFont(Canvas.font(Font.BOLD, 22));
    g.drawString(Canvas.fit(g, messages.label(type.type()), w - 50), (float) (left + 26), (float) (top + 42));
    double plotLeft = left + 80;
    double plotRight = left + w - 40;
    double plotTop = top + 70;
    double plotBottom = top + h - 60;
    g.setFont(Canvas.font(Font.PLAIN, 15));
    for (int tick = 0; tick <= 4; tick++) {
      double y = plotBottom - (plotBottom - plotTop) * tick / 4;
      g.setColor(tick == 0 ? new Color(0x8C8C8C) : new Color(0xD9D9D9));
      g.setStroke(tick == 0 ? Canvas.stroke(1.4) : Canvas.dashed(1, 4));
      g.draw(new Line2D.Double(plotLeft, y, plotRight, y));
      g.setColor(Canvas.MUTED);
      Canvas.text(g, messages.get("diagram.distance.ring", tick / 4.0), plotLeft - 10, y, true);
    }
    int n = input.years().size();
    double step = n > 1 ? (plotRight - plotLeft - 40) / (n - 1) : 0;
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = plotLeft + 20 + i * step;
      g.setColor(Canvas.MUTED);
      Canvas.centred(g, input.years().get(i), xs[i], plotBottom + 24);
    }
    List<OptionalDouble> values = type.distances();
    if (values.stream().noneMatch(OptionalDouble::isPresent)) {
      g.setColor(Canvas.MUTED);
      g.setFont(Canvas.font(Font.ITALIC, 18));
      Canvas.centred(g, messages.get("diagram.distance.none"), (plotLeft + plotRight) / 2, (plotTop + plotBottom) / 2);
      return;
    }
    // A line joins each year to the previous year with answers; across a year without, dashed.
    g.setColor(colour);
    int previous = -1;
    for (int i = 0; i < n; i++) {
      if (values.get(i).isPresent()) {
        if (previous >= 0) {
          g.setStroke(previous == i - 1 ? Canvas.stroke(5) : Canvas.dashed(3, 10));
          g.draw(new Line2D.Double(
              xs[previous], y(values.get(previous), plotTop, plotBottom), xs[i], y(values.get(i), plotTop, plotBottom)));
        }
        previous = i;
      }
    }
    g.setFont(Canvas.font(Font.BOLD, 16));
    for (int i = 0; i < n; i++) {
      if (values.get(i).isPresent()) {
        double y = y(values.get(i), plotTop, plotBottom);
        Canvas.fillAndOutline(g, Canvas.circle(xs[i], y, 9), colour, Color.WHITE, 2);
        g.setColor(Canvas.INK);
        Canvas.halo(g, messages.get("diagram.trend.value", values.get(i).getAsDouble()), xs[i], y - 24);
      }
    }
  }

  private static double y(OptionalDouble distance, double top, double bottom) {
    return bottom - (bottom - top) * distance.getAsDouble();
  }

  /** The three lists, each cut short with "and N more" where the picture ends. */
  private void lists(Graphics2D g) {
    double y = TOP + 20;
    double width = WIDTH - LIST_LEFT - 40;
    y = list(g, y, width, messages.get("diagram.trend.persistent"), input.persistent(), Canvas.HIGH_RISK);
    y = list(g, y + 24, width, messages.get("diagram.trend.newly"), input.newlyFragile(), Canvas.HIGH_RISK);
    list(g, y + 24, width, messages.get("diagram.trend.recovered"), input.recovered(), new Color(0x1A7F37));
  }

  private double list(Graphics2D g, double y, double width, String heading, List<String> lines, Color colour) {
    g.setColor(colour);
    g.setFont(Canvas.font(Font.BOLD, 24));
    g.drawString(heading, (float) LIST_LEFT, (float) y);
    y += LINE + 4;
    g.setFont(Canvas.font(Font.PLAIN, 19));
    g.setColor(Canvas.INK);
    if (lines.isEmpty()) {
      g.setColor(Canvas.MUTED);
      g.drawString(messages.get("diagram.trend.none"), (float) LIST_LEFT, (float) y);
      return y + LINE;
    }
    int room = (int) Math.max(1, (height() - 40 - y) / LINE / 3); // a third of what is left each
    int shown = lines.size() > room ? room - 1 : lines.size();
    for (String line : lines.subList(0, Math.max(shown, 0))) {
      g.drawString(Canvas.fit(g, "• " + line, width), (float) LIST_LEFT, (float) y);
      y += LINE;
    }
    if (shown < lines.size()) {
      g.setColor(Canvas.MUTED);
      g.drawString(messages.get("diagram.trend.more", lines.size() - Math.max(shown, 0)), (float) LIST_LEFT, (float) y);
      y += LINE;
    }
    return y;
  }
}
