package nl.netwerkscan.report.slides;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.netwerkscan.analysis.ActionPlanAnalysis;
import nl.netwerkscan.analysis.CriticalDependencyAnalysis;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.InHouseAnalysis;
import nl.netwerkscan.analysis.SummaryAnalysis.Summary;
import nl.netwerkscan.analysis.UnitAnalysis;
import nl.netwerkscan.report.ActionTexts;
import nl.netwerkscan.report.ReportContent;
import nl.netwerkscan.text.Messages;

/**
 * presentatie.pptx: the slides for a strategy meeting, from the same results as the workbook —
 * title, key figures, the network and distance pictures, the fragile contacts (top 10), what to
 * do next (the first actions of the plan, coloured by risk), the in-house comparison, the critical
 * dependencies, for a roll-up survey its units ranked and the partners they share at high risk,
 * and one slide per high-risk organisation with its picture and its actions. Pictures are taken from the report folder, so the diagrams are written first;
 * a picture that is not there is left out rather than shown empty.
 */
public final class Presentation {
  private static final int TOP = 10;
  /** Actions on the "what next" slide: as many as a meeting discusses. */
  private static final int ACTIONS_SHOWN = 6;
  /** The p-value below which a difference between in-house and external is called a difference. */
  private static final double SIGNIFICANT = 0.05;

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

    /** The units picture of a roll-up survey; null when the survey has no units. */
    default Path units() {
      return null;
    }
  }

  private void fill(SlideDeck deck, OptionalInt year, Pictures pictures) throws IOException {
    String home = content.network().home().name();
    FragilityAnalysis.Thresholds thresholds = content.fragility().thresholds();
    deck.titleSlide(
        year.isPresent() ? messages.get("slides.title.year", home, year.getAsInt()) : messages.get("slides.title", home),
        messages.get("slides.subtitle", content.survey().fileName()),
        messages.get("slides.notes.title"));
    Summary summary = content.summary();
    deck.linesSlide(
        messages.get("slides.figures", summary.respondents(), summary.organisations()), keyFigures(),
        messages.get("slides.notes.figures", thresholds.minContacts()));
    picture(deck, networkTitle(), pictures.network(), messages.get("slides.notes.network", thresholds.maxShare()));
    picture(deck, distancesTitle(), pictures.distances(), messages.get("slides.notes.distances"));
    deck.tableSlide(
        messages.get("slides.fragile", content.fragility().highRisk().size()), fragileHeaders(), fragileRows(), 5,
        messages.get("slides.notes.fragile", thresholds.minContacts(), thresholds.maxShare()));
    List<ActionPlanAnalysis.Action> actions = content.actions().actions();
    List<ActionPlanAnalysis.Action> top = actions.stream().limit(ACTIONS_SHOWN).toList();
    if (!top.isEmpty()) {
      String title =
          actions.size() > top.size()
              ? messages.get("slides.actions.some", actions.size(), top.size())
              : messages.get("slides.actions", actions.size());
      deck.tableSlide(title, actionHeaders(), actionRows(top), -1, messages.get("slides.notes.actions"));
    }
    deck.tableSlide(inHouseTitle(), inHouseHeaders(), inHouseRows(), -1, messages.get("slides.notes.inhouse"));
    List<SlideDeck.TableRow> critical = criticalRows();
    if (!critical.isEmpty()) {
      deck.tableSlide(
          messages.get("slides.critical", content.critical().rows().size()), criticalHeaders(), critical, 4,
          messages.get("slides.notes.critical"));
    }
    if (content.units().isPresent()) {
      unitSlides(deck, content.units().get(), pictures.units());
    }
    for (FragilityAnalysis.Row row : content.fragility().highRisk()) {
      Path png = pictures.fragile(row.organisation().name());
      if (png != null && Files.isRegularFile(png)) {
        String name = row.organisation().name();
        deck.pictureSlide(
            messages.get("slides.fragile.one", name, texts.carrierNames(row.carriers())), png, captions(row),
            messages.get("slides.notes.fragile.one", name));
      }
    }
  }

  /**
   * For a roll-up survey: the units ranked (the picture), and the shared partners that hang on
   * one person in the most units, where a regional approach pays off first.
   */
  private void unitSlides(SlideDeck deck, UnitAnalysis.Result units, Path png) throws IOException {
    long withHighRisk = units.units().stream().filter(row -> row.highRisk() > 0).count();
    picture(deck, messages.get("slides.units", withHighRisk, units.units().size()), png, messages.get("slides.notes.units"));
    List<UnitAnalysis.SharedPartner> atRisk =
        units.shared().stream().filter(partner -> partner.unitsAtHighRisk() > 0).toList();
    if (!atRisk.isEmpty()) {
      deck.tableSlide(
          messages.get("slides.shared", atRisk.size()), sharedHeaders(), sharedRows(atRisk), 5,
          messages.get("slides.notes.shared"));
    }
  }

  private List<String> sharedHeaders() {
    return List.of(
        messages.get("shared.organisation"), messages.get("shared.type"), messages.get("shared.units"),
        messages.get("shared.units.high.risk"), messages.get("shared.resilience"), messages.get("shared.risk"));
  }

  /** The first ten, most units at high risk first (the sheet's order); tinted by overall risk. */
  private List<SlideDeck.TableRow> sharedRows(List<UnitAnalysis.SharedPartner> partners) {
    List<SlideDeck.TableRow> rows = new ArrayList<>();
    for (UnitAnalysis.SharedPartner partner : partners.stream().limit(TOP).toList()) {
      rows.add(new SlideDeck.TableRow(List.of(
          partner.organisation().name(),
          messages.label(partner.organisation().type()),
          Integer.toString(partner.units()),
          Integer.toString(partner.unitsAtHighRisk()),
          Integer.toString(partner.resilience()),
          messages.get("risk." + partner.risk().name().toLowerCase(Locale.ROOT))), partner.risk()));
    }
    return rows;
  }

  /** The organisation with the most contacts: the network's strongest tie, to say aloud. */
  private String networkTitle() {
    return content.fragility().rows().stream()
        .max(Comparator.comparingInt((FragilityAnalysis.Row row) -> row.figures().contacts()))
        .map(row -> messages.get("slides.network", content.summary().organisations(), row.organisation().name()))
        .orElse(messages.get("slides.network.none"));
  }

  private String distancesTitle() {
    List<DistanceAnalysis.Row> types = content.distances().types().stream().filter(r -> r.mean().isPresent()).toList();
    if (types.size() < 2) {
      return messages.get("slides.distances.none");
    }
    return messages.get(
        "slides.distances", messages.label(types.get(0).type().orElseThrow()),
        messages.label(types.get(types.size() - 1).type().orElseThrow()));
  }

  /** How many aspects show a difference unlikely to be chance (p below 0.05). */
  private String inHouseTitle() {
    List<InHouseAnalysis.Row> all = content.inHouse().rows().stream().filter(InHouseAnalysis.Row::isAll).toList();
    long different = all.stream().filter(row -> row.pValue().isPresent() && row.pValue().getAsDouble() < SIGNIFICANT).count();
    return different == 0
        ? messages.get("slides.inhouse.none")
        : messages.get("slides.inhouse", different, all.size());
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

  /** Each row tinted by the risk of its relation, as in the diagrams. */
  private List<SlideDeck.TableRow> actionRows(List<ActionPlanAnalysis.Action> actions) {
    List<SlideDeck.TableRow> rows = new ArrayList<>();
    for (ActionPlanAnalysis.Action action : actions) {
      rows.add(new SlideDeck.TableRow(
          List.of(
              Integer.toString(action.priority()), action.relation().organisation().name(), texts.action(action),
              action.who().name(), texts.withWhom(action)),
          action.relation().risk()));
    }
    return rows;
  }

  private void picture(SlideDeck deck, String title, Path png, String notes) throws IOException {
    if (png != null && Files.isRegularFile(png)) {
      deck.pictureSlide(title, png, List.of(), notes);
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

  private List<SlideDeck.TableRow> fragileRows() {
    List<SlideDeck.TableRow> rows = new ArrayList<>();
    for (FragilityAnalysis.Row row : content.fragility().rows().stream().limit(TOP).toList()) {
      rows.add(new SlideDeck.TableRow(List.of(
          row.organisation().name(),
          messages.label(row.organisation().type()),
          Integer.toString(row.figures().staff()),
          Integer.toString(row.figures().contacts()),
          Integer.toString(row.resilience()),
          messages.get("risk." + row.risk().name().toLowerCase(Locale.ROOT))), row.risk()));
    }
    return rows;
  }

  private List<String> inHouseHeaders() {
    return List.of(
        messages.get("in.house.aspect"), messages.get("in.house.mean.in"), messages.get("in.house.mean.ext"),
        messages.get("in.house.difference"), messages.get("in.house.p"));
  }

  private List<SlideDeck.TableRow> inHouseRows() {
    List<SlideDeck.TableRow> rows = new ArrayList<>();
    for (InHouseAnalysis.Row row : content.inHouse().rows()) {
      if (row.isAll()) {
        rows.add(new SlideDeck.TableRow(List.of(
            messages.label(row.aspect()), decimal(row.meanInHouse()), decimal(row.meanExternal()),
            decimal(row.difference()), pValue(row.pValue())), null));
      }
    }
    return rows;
  }

  private List<String> criticalHeaders() {
    return List.of(
        messages.get("critical.organisation"), messages.get("critical.dependency"), messages.get("critical.reliability"),
        messages.get("critical.trust"), messages.get("critical.risk"));
  }

  private List<SlideDeck.TableRow> criticalRows() {
    List<SlideDeck.TableRow> rows = new ArrayList<>();
    for (CriticalDependencyAnalysis.Row row : content.critical().rows().stream().limit(TOP).toList()) {
      rows.add(new SlideDeck.TableRow(List.of(
          row.organisation().name(), decimal(OptionalDouble.of(row.meanDependency())), decimal(row.meanReliability()),
          decimal(row.meanTrust()), messages.get("risk." + row.risk().name().toLowerCase(Locale.ROOT))), row.risk()));
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
