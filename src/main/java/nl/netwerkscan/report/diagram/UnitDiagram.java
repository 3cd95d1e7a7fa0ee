package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import nl.netwerkscan.text.Messages;

/**
 * The units picture (teams.png/.svg): the units ranked as on the Teams sheet, each with a bar of
 * its high-risk (red) and medium-risk (orange) organisations and, on the right, its mean distance
 * on a 0-1 track. A regional coordinator sees at a glance which municipality's relations hang on
 * one person. The first {@link #SHOWN} units are drawn; a line below says how many more the sheet
 * lists.
 */
final class UnitDiagram implements Canvas.Picture {
  static final int SHOWN = 20;
  private static final int WIDTH = 1600;
  private static final int HEIGHT = 900;
  /** Below the title band and a subtitle of up to two lines. */
  private static final double TOP = 176;
  private static final double ROW = 34;
  private static final double NAME_LEFT = 60;
  private static final double NAME_WIDTH = 300;
  private static final double BAR_LEFT = 380;
  private static final double BAR_WIDTH = 640;
  private static final double TRACK_LEFT = 1260;
  private static final double TRACK_WIDTH = 260;

  private final UnitInput input;
  private final Messages messages;
  private final List<UnitFigure> shown;

  UnitDiagram(UnitInput input, Messages messages) {
    this.input = input;
    this.messages = messages;
    this.shown = input.units().stream().limit(SHOWN).toList();
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
    String title = Canvas.title(messages, "diagram.units", input.home(), input.year());
    Canvas.heading(g, title, messages.get("diagram.units.subtitle"), WIDTH - 120, 2);

    g.setFont(Canvas.font(Font.BOLD, 17));
    g.setColor(Canvas.MUTED);
    Canvas.text(g, messages.get("diagram.units.risk"), BAR_LEFT, TOP - 14, false);
    Canvas.text(g, messages.get("diagram.units.distance"), TRACK_LEFT, TOP - 14, false);
    int most = shown.stream().mapToInt(u -> u.highRisk() + u.mediumRisk()).max().orElse(0);
    double perOrganisation = most == 0 ? 0 : (BAR_WIDTH - 150) / most;
    for (int i = 0; i < shown.size(); i++) {
      row(g, shown.get(i), i, perOrganisation);
    }
    int more = input.units().size() - shown.size();
    if (more > 0) {
      g.setColor(Canvas.MUTED);
      g.setFont(Canvas.font(Font.ITALIC, 18));
      Canvas.text(g, messages.get("diagram.units.more", more), NAME_LEFT, TOP + shown.size() * ROW + 24, false);
    }
  }

  private void row(Graphics2D g, UnitFigure unit, int index, double perOrganisation) {
    double y = TOP + ROW / 2 + index * ROW;
    if (index % 2 == 0) {
      g.setColor(new Color(0xF4F4F4));
      g.fill(new Rectangle2D.Double(NAME_LEFT - 10, y - ROW / 2, WIDTH - 2 * (NAME_LEFT - 10), ROW));
    }
    g.setFont(Canvas.font(unit.small() ? Font.ITALIC : Font.PLAIN, 18));
    g.setColor(unit.small() ? Canvas.MUTED : Canvas.INK);
    String label = unit.name().isEmpty() ? messages.get("unit.unknown") : unit.name();
    String name = unit.small() ? messages.get("diagram.units.small", label) : label;
    Canvas.text(g, Canvas.fit(g, name, NAME_WIDTH), NAME_LEFT, y, false);

    double high = unit.highRisk() * perOrganisation;
    double medium = unit.mediumRisk() * perOrganisation;
    g.setColor(Canvas.HIGH_RISK);
    g.fill(new Rectangle2D.Double(BAR_LEFT, y - 10, high, 20));
    g.setColor(Canvas.MEDIUM_RISK);
    g.fill(new Rectangle2D.Double(BAR_LEFT + high, y - 10, medium, 20));
    g.setColor(Canvas.INK);
    g.setFont(Canvas.font(Font.PLAIN, 17));
    Canvas.text(g, messages.get("diagram.units.counts", unit.highRisk(), unit.mediumRisk()),
        BAR_LEFT + high + medium + 10, y, false);

    g.setColor(new Color(0xBBBBBB));
    g.setStroke(Canvas.stroke(2));
    g.draw(new Line2D.Double(TRACK_LEFT, y, TRACK_LEFT + TRACK_WIDTH, y));
    if (unit.meanDistance().isPresent()) {
      double distance = unit.meanDistance().getAsDouble();
      Canvas.fillAndOutline(g, Canvas.circle(TRACK_LEFT + distance * TRACK_WIDTH, y, 7), Canvas.INK, Color.WHITE, 1.5);
      g.setColor(Canvas.INK);
      Canvas.text(g, String.format(messages.locale(), "%.2f", distance), TRACK_LEFT + TRACK_WIDTH + 14, y, false);
    } else {
      g.setColor(Canvas.MUTED);
      Canvas.text(g, "–", TRACK_LEFT + TRACK_WIDTH + 14, y, false);
    }
  }
}
