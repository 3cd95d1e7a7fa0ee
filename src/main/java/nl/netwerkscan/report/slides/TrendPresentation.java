package nl.netwerkscan.report.slides;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.netwerkscan.analysis.DistanceTrendAnalysis;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.OrganisationTrendAnalysis;
import nl.netwerkscan.analysis.OrganisationTrendAnalysis.Pattern;
import nl.netwerkscan.analysis.RelationTrendAnalysis;
import nl.netwerkscan.report.ActionTexts;
import nl.netwerkscan.report.trend.TrendContent;
import nl.netwerkscan.text.Messages;

/**
 * verloop.pptx / trend.pptx: the years in a row for a strategy meeting — title, what changed in
 * a few lines, the trend picture, and the persistent single points of contact: the organisations
 * whose relation has hung on one person for two years or more, with on whom it hangs now.
 */
public final class TrendPresentation {
  /** Rows of the persistent table: what fits on one slide at 14 pt. */
  private static final int PERSISTENT_SHOWN = 8;

  private final TrendContent trend;
  private final Messages messages;

  private TrendPresentation(TrendContent trend, Messages messages) {
    this.trend = trend;
    this.messages = messages;
  }

  /** Writes the slides into {@code folder}, with {@code picture} (the trend PNG) on its own slide. */
  public static void write(Path folder, TrendContent trend, Messages messages, Path picture) throws IOException {
    TrendPresentation presentation = new TrendPresentation(trend, messages);
    try (SlideDeck deck = new SlideDeck()) {
      presentation.fill(deck, picture);
      deck.save(folder.resolve(messages.get("trend.file.slides")));
    }
  }

  private void fill(SlideDeck deck, Path picture) throws IOException {
    String first = trend.first().label();
    String last = trend.last().label();
    deck.titleSlide(
        messages.get("trend.slides.title", trend.home(), first, last),
        messages.get("trend.slides.subtitle", trend.years().size()),
        messages.get("trend.slides.notes.title"));
    deck.linesSlide(
        messages.get("trend.slides.figures", first, count(Pattern.RECOVERED), count(Pattern.NEWLY_FRAGILE)),
        keyFigures(), messages.get("trend.slides.notes.figures"));
    deck.pictureSlide(pictureTitle(), picture, List.of(), messages.get("trend.slides.notes.picture"));
    List<OrganisationTrendAnalysis.Row> persistent = trend.organisations().with(Pattern.PERSISTENTLY_FRAGILE);
    String notes = messages.get("trend.slides.notes.persistent");
    if (persistent.isEmpty()) {
      deck.linesSlide(
          messages.get("trend.slides.persistent.none.title"), List.of(messages.get("trend.slides.persistent.none")), notes);
      return;
    }
    List<OrganisationTrendAnalysis.Row> shown = persistent.subList(0, Math.min(PERSISTENT_SHOWN, persistent.size()));
    String title =
        persistent.size() > shown.size()
            ? messages.get("trend.slides.persistent.some", shown.size(), persistent.size())
            : messages.get("trend.slides.persistent", persistent.size());
    deck.tableSlide(title, persistentHeaders(), persistentRows(shown), -1, notes);
  }

  /** Whether partners as a whole came closer from the first year to the last: the mean over all types. */
  private String pictureTitle() {
    String first = trend.first().label();
    String last = trend.last().label();
    Optional<DistanceTrendAnalysis.Row> all =
        trend.distances().rows().stream().filter(row -> row.type().isEmpty() && row.isMean()).findFirst();
    List<OptionalDouble> years = all.map(DistanceTrendAnalysis.Row::years).orElse(List.of());
    if (years.isEmpty() || years.get(0).isEmpty() || years.get(years.size() - 1).isEmpty()) {
      return messages.get("trend.slides.picture.plain", first, last);
    }
    double then = years.get(0).getAsDouble();
    double now = years.get(years.size() - 1).getAsDouble();
    // Compared as shown, to two decimals: two distances that read the same are the same.
    int change = Long.compare(Math.round(now * 100), Math.round(then * 100));
    String key = change < 0 ? "trend.slides.picture" : change > 0 ? "trend.slides.picture.farther" : "trend.slides.picture.same";
    return messages.get(key, first, decimal(then), decimal(now), last);
  }

  private String decimal(double value) {
    return String.format(messages.locale(), "%.2f", value);
  }

  private List<String> keyFigures() {
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("trend.slides.count", count(Pattern.PERSISTENTLY_FRAGILE), pattern(Pattern.PERSISTENTLY_FRAGILE)));
    lines.add(messages.get("trend.slides.count", count(Pattern.NEWLY_FRAGILE), pattern(Pattern.NEWLY_FRAGILE)));
    lines.add(messages.get("trend.slides.count", count(Pattern.RECOVERED), pattern(Pattern.RECOVERED)));
    int from = trend.years().size() - 2;
    RelationTrendAnalysis.Totals latest = trend.relations().totals(from);
    lines.add(
        messages.get(
            "trend.slides.relations", trend.years().get(from).label(), trend.last().label(),
            latest.kept(), latest.gained(), latest.lost()));
    return lines;
  }

  private int count(Pattern pattern) {
    return trend.organisations().with(pattern).size();
  }

  private String pattern(Pattern pattern) {
    return new ActionTexts(messages).pattern(pattern);
  }

  private List<String> persistentHeaders() {
    return List.of(
        messages.get("compare.organisation"), messages.get("compare.type"), messages.get("trend.years.in.row"),
        messages.get("trend.carried.by"));
  }

  /** Every row is high risk now: that is what persistent means. */
  private List<SlideDeck.TableRow> persistentRows(List<OrganisationTrendAnalysis.Row> rows) {
    ActionTexts texts = new ActionTexts(messages);
    List<SlideDeck.TableRow> lines = new ArrayList<>();
    for (OrganisationTrendAnalysis.Row row : rows) {
      FragilityAnalysis.Row now = row.last().orElseThrow();
      lines.add(new SlideDeck.TableRow(
          List.of(
              row.organisation().name(), messages.label(row.organisation().type()),
              Integer.toString(row.highYearsInRow()), texts.carrierNames(now.carriers())),
          now.risk()));
    }
    return lines;
  }
}
