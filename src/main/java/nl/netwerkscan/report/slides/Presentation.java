package nl.netwerkscan.report.slides;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.netwerkscan.analysis.ActionPlanAnalysis;
import nl.netwerkscan.analysis.CriticalDependencyAnalysis;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.InHouseAnalysis;
import nl.netwerkscan.analysis.Risk;
import nl.netwerkscan.analysis.SummaryAnalysis.Summary;
import nl.netwerkscan.report.ActionTexts;
import nl.netwerkscan.report.ReportContent;
import nl.netwerkscan.text.Messages;

/**
 * presentatie.pptx: the slides for a strategy meeting, from the same results as the workbook —
 * title, key figures, the network and distance pictures, the fragile contacts (top 10), what to
 * do next (the first actions of the plan, coloured by risk), the in-house comparison, the critical
 * dependencies, and one slide per high-risk organisation with its picture and its actions. Pictures are taken from the report folder, so the diagrams are written first;
 * a picture that is not there is left out rather than shown empty.
 */
public final class Presentation {
  private static final int TOP = 10;
  /** Actions on the "what next" slide: as many as a meeting discusses. */
  private static final int ACTIONS_SHOWN = 6;
  private static final Color HIGH_FILL = new Color(0xF4, 0xCC, 0xCC);
  private static final Color MEDIUM_FILL = new Color(0xFC, 0xE4, 0xCC);

  private final ReportContent content;
  private final Messages messages;
  private final Path folder;
  private final ActionTexts texts;

  private Presentation(ReportContent content, Messages messages, Path folder) {
    this.content = content;
    this.messages = messages;
    this.folder = folder;
    this.texts = new ActionTexts(messages);
  }

  /**
   * Writes the slides into {@code folder}.
   *
   * @param pictures the PNG files in {@code folder}: network, distances, and per high-risk
   *     organisation (by its name), as the diagram writer named them
   */
  public static void write(
      Path folder, ReportContent content, Messages messages, OptionalInt year, Pictures pictures)
      throws IOException {
    Presentation presentation = new Presentation(content, messages, folder);
    try (SlideDeck deck = new SlideDeck()) {
      presentation.fill(deck, year, pictures);
      deck.save(folder.resolve(messages.get("report.file.slides")));
    }
  }

  /** Where the diagram writer put its pictures, by what they show. */
  public interface Pictures {
    Path network();

    Path distances();

    Path fragile(String organisationName);
  }

  private void fill(SlideDeck deck, OptionalInt year, Pictures pictures) throws IOException {
    String home = content.network().home().name();
    deck.titleSlide(
        year.isPresent() ? messages.get("slides.title.year", home, year.getAsInt()) : messages.get("slides.title", home),
        messages.get("slides.subtitle", content.survey().fileName()));
    deck.linesSlide(messages.get("slides.figures"), keyFigures());
    picture(deck, messages.get("slides.network"), pictures.network());
    picture(deck, messages.get("slides.distances"), pictures.distances());
    deck.tableSlide(messages.get("slides.fragile"), fragileHeaders(), fragileRows(), new double[] {300, 150, 110, 110, 110, 100});
    List<ActionPlanAnalysis.Action> top = content.actions().actions().stream().limit(ACTIONS_SHOWN).toList();
    if (!top.isEmpty()) {
      deck.tableSlide(
          messages.get("slides.actions"), actionHeaders(), actionRows(top), actionFills(top),
          new double[] {100, 170, 300, 140, 178});
    }
    deck.tableSlide(messages.get("slides.inhouse"), inHouseHeaders(), inHouseRows(), new double[] {200, 160, 160, 160, 120});
    List<List<String>> critical = criticalRows();
    if (!critical.isEmpty()) {
      deck.tableSlide(messages.get("slides.critical"), criticalHeaders(), critical, new double[] {280, 150, 150, 150, 150});
    }
    for (FragilityAnalysis.Row row : content.fragility().highRisk()) {
      Path png = pictures.fragile(row.organisation().name());
      if (png != null && Files.isRegularFile(png)) {
        deck.pictureSlide(messages.get("slides.fragile.one", row.organisation().name()), png, captions(row));
      }
    }
  }

  /** What the actions for one high-risk organisation say, one line each. */
  private List<String> captions(FragilityAnalysis.Row row) {
    List<String> lines = new ArrayList<>();
    for (ActionPlanAnalysis.Action action : content.actions().actions()) {
      if (action.relation().organisation().equals(row.organisation())) {
        // Their person is named in the action itself; only suggested colleagues need adding.
        String with = action.kind() == ActionPlanAnalysis.Kind.INTRODUCE_COLLEAGUE ? texts.withWhom(action) : "";
        lines.add(
            with.isEmpty()
                ? messages.get("slides.action.caption", texts.action(action), action.who().name())
                : messages.get("slides.action.caption.with", texts.action(action), action.who().name(), with));
      }
    }
    return lines;
  }

  private List<String> actionHeaders() {
    return List.of(
        messages.get("actions.priority"), messages.get("actions.organisation"), messages.get("actions.action"),
        messages.get("actions.who"), messages.get("actions.with"));
  }

  private List<List<String>> actionRows(List<ActionPlanAnalysis.Action> actions) {
    List<List<String>> rows = new ArrayList<>();
    for (ActionPlanAnalysis.Action action : actions) {
      rows.add(List.of(
          Integer.toString(action.priority()), action.relation().organisation().name(), texts.action(action),
          action.who().name(), texts.withWhom(action)));
    }
    return rows;
  }

  /** High risk in a light red, medium in a light orange: the diagrams' risk colours, tinted. */
  private static List<Color> actionFills(List<ActionPlanAnalysis.Action> actions) {
    return actions.stream().map(a -> a.relation().risk() == Risk.HIGH ? HIGH_FILL : MEDIUM_FILL).toList();
  }

  private void picture(SlideDeck deck, String title, Path png) throws IOException {
    if (png != null && Files.isRegularFile(png)) {
      deck.pictureSlide(title, png);
    }
  }

  private List<String> keyFigures() {
    Summary summary = content.summary();
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("slides.figure.respondents", summary.respondents()));
    lines.add(messages.get("slides.figure.contacts", summary.rowsUsed(), summary.organisations(), summary.externalPersons()));
    lines.add(messages.get("slides.figure.high.risk", content.fragility().highRisk().size()));
    List<DistanceAnalysis.Row> types = content.distances().types().stream().filter(r -> r.mean().isPresent()).toList();
    if (!types.isEmpty()) {
      DistanceAnalysis.Row closest = types.get(0);
      DistanceAnalysis.Row farthest = types.get(types.size() - 1);
      lines.add(messages.get("slides.figure.closest", messages.label(closest.type().orElseThrow()), decimal(closest.mean())));
      lines.add(messages.get("slides.figure.farthest", messages.label(farthest.type().orElseThrow()), decimal(farthest.mean())));
    }
    return lines;
  }

  private List<String> fragileHeaders() {
    return List.of(
        messages.get("fragile.organisation"), messages.get("fragile.type"), messages.get("fragile.staff"),
        messages.get("fragile.contacts"), messages.get("fragile.resilience"), messages.get("fragile.risk"));
  }

  private List<List<String>> fragileRows() {
    List<List<String>> rows = new ArrayList<>();
    for (FragilityAnalysis.Row row : content.fragility().rows().stream().limit(TOP).toList()) {
      rows.add(List.of(
          row.organisation().name(),
          messages.label(row.organisation().type()),
          Integer.toString(row.figures().staff()),
          Integer.toString(row.figures().contacts()),
          Integer.toString(row.resilience()),
          messages.get("risk." + row.risk().name().toLowerCase(Locale.ROOT))));
    }
    return rows;
  }

  private List<String> inHouseHeaders() {
    return List.of(
        messages.get("in.house.aspect"), messages.get("in.house.mean.in"), messages.get("in.house.mean.ext"),
        messages.get("in.house.difference"), messages.get("in.house.p"));
  }

  private List<List<String>> inHouseRows() {
    List<List<String>> rows = new ArrayList<>();
    for (InHouseAnalysis.Row row : content.inHouse().rows()) {
      if (row.isAll()) {
        rows.add(List.of(
            messages.label(row.aspect()), decimal(row.meanInHouse()), decimal(row.meanExternal()),
            decimal(row.difference()), pValue(row.pValue())));
      }
    }
    return rows;
  }

  private List<String> criticalHeaders() {
    return List.of(
        messages.get("critical.organisation"), messages.get("critical.dependency"), messages.get("critical.reliability"),
        messages.get("critical.trust"), messages.get("critical.risk"));
  }

  private List<List<String>> criticalRows() {
    List<List<String>> rows = new ArrayList<>();
    for (CriticalDependencyAnalysis.Row row : content.critical().rows().stream().limit(TOP).toList()) {
      rows.add(List.of(
          row.organisation().name(), decimal(OptionalDouble.of(row.meanDependency())), decimal(row.meanReliability()),
          decimal(row.meanTrust()), messages.get("risk." + row.risk().name().toLowerCase(Locale.ROOT))));
    }
    return rows;
  }

  private String decimal(OptionalDouble value) {
    return value.isPresent() ? String.format(messages.locale(), "%.2f", value.getAsDouble()) : "";
  }

  /** Three decimals, and "< 0.001" rather than a misleading 0.000. */
  private String pValue(OptionalDouble value) {
    if (value.isEmpty()) {
      return "";
    }
    return value.getAsDouble() < 0.001
        ? "< " + String.format(messages.locale(), "%.3f", 0.001)
        : String.format(messages.locale(), "%.3f", value.getAsDouble());
  }
}
