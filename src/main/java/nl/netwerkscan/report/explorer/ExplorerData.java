package nl.netwerkscan.report.explorer;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.netwerkscan.analysis.ActionPlanAnalysis;
import nl.netwerkscan.analysis.Carrier;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.Side;
import nl.netwerkscan.analysis.StaffPortfolioAnalysis;
import nl.netwerkscan.analysis.SummaryAnalysis.Summary;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Names;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.network.Link;
import nl.netwerkscan.network.OrganisationNode;
import nl.netwerkscan.network.PersonNode;
import nl.netwerkscan.network.StaffNode;
import nl.netwerkscan.report.ActionTexts;
import nl.netwerkscan.report.ReportContent;
import nl.netwerkscan.report.diagram.DiagramInputs;
import nl.netwerkscan.report.diagram.NetworkPositions;
import nl.netwerkscan.report.diagram.TypePalette;
import nl.netwerkscan.text.Messages;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * The explorer's data: one JSON document copied from the analysis results (it computes no
 * figure; the page computes only the departure simulation). Organisations carry their place in
 * the network diagram's layout, their figures, their actions and, where the report's network
 * holds them (every organisation, unless the survey is beyond the graph files' limit, when only
 * the high-risk ones), their people and links for the simulation. People are listed once, with
 * the matching key that {@code --leave} uses, so ticking a name in the page leaves exactly who
 * {@code --leave} with that name would, at the organisations whose people the page holds.
 *
 * <p>The document goes inside a {@code <script type="application/json">} block, so {@code <},
 * {@code >} and {@code &} (and the two JavaScript line separators) are written as {@code \\u}
 * escapes: no survey text can close the block or be read as markup.
 */
public final class ExplorerData {
  private static final JsonFactory JSON = JsonFactory.builder().characterEscapes(new ScriptSafe()).build();

  /** The texts of the page, from the bundles; placeholders stay {0}, {1} for the page to fill. */
  static final List<String> TEXT_KEYS =
      List.of(
          "explorer.title", "explorer.warning.names", "explorer.notice.codes", "explorer.search",
          "explorer.search.none", "explorer.types", "explorer.risks", "explorer.legend",
          "explorer.legend.size", "explorer.legend.width", "explorer.legend.home", "explorer.fit", "explorer.print",
          "explorer.search.more",
          "explorer.summary", "explorer.distances", "explorer.distances.note", "explorer.means",
          "explorer.carriers", "explorer.ours", "explorer.theirs", "explorer.unnamed",
          "explorer.only.link", "explorer.actions", "explorer.no.actions", "explorer.people.absent",
          "explorer.partial", "explorer.simulation", "explorer.simulation.hint",
          "explorer.simulation.clear", "explorer.simulation.none", "explorer.simulation.lost",
          "explorer.simulation.weakened", "explorer.simulation.contact.lost", "explorer.simulation.contacts.lost",
          "explorer.simulation.leaving", "explorer.organisations.of", "explorer.portfolio",
          "fragile.organisation", "fragile.staff", "fragile.contacts",
          "fragile.persons", "fragile.resilience", "fragile.risk",
          "risk.high", "risk.medium", "risk.low",
          "diagram.legend.risk.high", "diagram.legend.risk.medium",
          "scenario.effect.lost.contact", "scenario.effect.weakened", "scenario.effect.fewer.contacts",
          "scenario.resilience.before", "scenario.resilience.after", "scenario.contacts.lost",
          "scenario.leaving.person", "side.internal", "side.external",
          "actions.who", "actions.steps",
          "staff.contacts", "staff.organisations", "staff.types",
          "staff.sole.link.organisations", "staff.in.house", "staff.spread", "staff.key.person",
          "staff.yes", "staff.no", "distances.type", "distances.mean");

  private static final List<String> SUMMARY_KEYS =
      List.of(
          "summary.rows.read", "summary.rows.used", "summary.rows.rejected", "summary.rows.duplicate",
          "summary.respondents", "summary.organisations", "summary.external.persons",
          "summary.mentions.named", "summary.mentions.unnamed", "summary.high.risk");

  private final ReportContent content;
  private final Messages messages;
  private final OptionalInt year;
  private final Privacy privacy;
  private final Map<Respondent, Integer> staffIndex = new HashMap<>();
  private final List<ContactPerson> persons = new ArrayList<>();
  private final Map<ContactPerson, Integer> personIndex = new HashMap<>();
  /** Each organisation's place in {@code organisations}: the fragility analysis's order. */
  private final Map<Organisation, Integer> organisationIndex = new HashMap<>();

  /** Whether the page holds people's names or only the codes of {@code --pseudonymise}. */
  public enum Privacy {
    NAMES,
    CODES
  }

  private ExplorerData(ReportContent content, Messages messages, OptionalInt year, Privacy privacy) {
    this.content = content;
    this.messages = messages;
    this.year = year;
    this.privacy = privacy;
    List<FragilityAnalysis.Row> rows = content.fragility().rows();
    for (int i = 0; i < rows.size(); i++) {
      organisationIndex.put(rows.get(i).organisation(), i);
    }
    content.staff().rows().forEach(row -> staffIndex.put(row.respondent(), staffIndex.size()));
  }

  /** Writes the document of {@code content} to {@code out}, which stays open. */
  public static void write(Writer out, ReportContent content, Messages messages, OptionalInt year, Privacy privacy) {
    try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), new Unclosed(out))) {
      new ExplorerData(content, messages, year, privacy).document(json);
    }
  }

  private void document(JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("language", messages.locale().getLanguage());
    json.writeStringProperty("home", content.network().home().name());
    if (year.isPresent()) {
      json.writeNumberProperty("year", year.getAsInt());
    } else {
      json.writeNullProperty("year");
    }
    json.writeStringProperty("privacy", privacy.name().toLowerCase(Locale.ROOT));
    json.writeBooleanProperty("wholeNetwork", content.network().isWhole());
    texts(json);
    aspects(json);
    types(json);
    summary(json);
    distances(json);
    staff(json);
    organisations(json);
    persons(json); // last: the organisations' people number the persons as they meet them
    json.writeEndObject();
  }

  private void texts(JsonGenerator json) {
    json.writeName("texts");
    json.writeStartObject();
    for (String key : TEXT_KEYS) {
      json.writeStringProperty(key, messages.get(key, "{0}", "{1}", "{2}"));
    }
    json.writeEndObject();
  }

  private void aspects(JsonGenerator json) {
    json.writeName("aspects");
    json.writeStartArray();
    for (Aspect aspect : Aspect.values()) {
      json.writeString(messages.label(aspect));
    }
    json.writeEndArray();
  }

  /** The types with organisations, in the study's order, each with its colour. */
  private List<OrganisationType> typeOrder() {
    return content.fragility().rows().stream()
        .map(row -> row.organisation().type())
        .distinct()
        .sorted(Comparator.comparingInt(OrganisationType::order).thenComparing(OrganisationType::customName))
        .toList();
  }

  private void types(JsonGenerator json) {
    json.writeName("types");
    json.writeStartArray();
    for (OrganisationType type : typeOrder()) {
      json.writeStartObject();
      json.writeStringProperty("name", messages.label(type));
      json.writeStringProperty("colour", "#" + TypePalette.hex(type));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void summary(JsonGenerator json) {
    Summary summary = content.summary();
    long[] values = {
      summary.rowsRead(), summary.rowsUsed(), summary.rowsRejected(), summary.duplicateRows(),
      summary.respondents(), summary.organisations(), summary.externalPersons(),
      summary.namedMentions(), summary.unnamedMentions(), content.fragility().highRisk().size()
    };
    json.writeName("summary");
    json.writeStartArray();
    for (int i = 0; i < SUMMARY_KEYS.size(); i++) {
      json.writeStartArray();
      json.writeString(messages.get(SUMMARY_KEYS.get(i)));
      json.writeNumber(values[i]);
      json.writeEndArray();
    }
    json.writeEndArray();
  }

  private void distances(JsonGenerator json) {
    json.writeName("distances");
    json.writeStartArray();
    for (DistanceAnalysis.Row row : content.distances().rows()) {
      json.writeStartObject();
      json.writeStringProperty(
          "type", row.type().map(messages::label).orElseGet(() -> messages.get("all")));
      json.writeName("values");
      json.writeStartArray();
      for (OptionalDouble distance : row.distances()) {
        number(json, distance);
      }
      json.writeEndArray();
      json.writeName("mean");
      number(json, row.mean());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Our staff with contacts, in the portfolio's order, each with its portfolio row. */
  private void staff(JsonGenerator json) {
    json.writeName("staff");
    json.writeStartArray();
    for (StaffPortfolioAnalysis.Row row : content.staff().rows()) {
      json.writeStartObject();
      json.writeStringProperty("name", row.respondent().name());
      json.writeStringProperty("key", Names.key(row.respondent().name()));
      json.writeStringProperty("function", messages.label(row.respondent().function()));
      json.writeNumberProperty("contacts", row.contacts());
      json.writeNumberProperty("organisations", row.organisations());
      json.writeNumberProperty("types", row.types());
      // Indices, not names: a million-row survey has tens of thousands of staff rows.
      integers(json, "soleLinkAt", row.soleLinkAt().stream().map(organisationIndex::get).toList());
      json.writeName("inHouseShare");
      number(json, row.inHouseShare());
      json.writeName("spread");
      number(json, OptionalDouble.of(row.spread()));
      json.writeBooleanProperty("keyPerson", row.keyPerson());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void organisations(JsonGenerator json) {
    Map<Organisation, OrganisationNode> nodes = new HashMap<>();
    content.network().organisations().forEach(node -> nodes.put(node.organisation(), node));
    Map<Organisation, List<ActionPlanAnalysis.Action>> actions = new LinkedHashMap<>();
    content.actions().actions().forEach(
        action -> actions.computeIfAbsent(action.relation().organisation(), o -> new ArrayList<>()).add(action));
    List<FragilityAnalysis.Row> rows = content.fragility().rows();
    List<NetworkPositions.Position> positions = NetworkPositions.of(DiagramInputs.organisations(content.fragility()));
    List<OrganisationType> types = typeOrder();
    ActionTexts texts = new ActionTexts(messages);
    json.writeName("organisations");
    json.writeStartArray();
    for (int i = 0; i < rows.size(); i++) {
      FragilityAnalysis.Row row = rows.get(i);
      NetworkPositions.Position position = positions.get(i);
      Organisation organisation = row.organisation();
      json.writeStartObject();
      json.writeStringProperty("name", organisation.name());
      json.writeNumberProperty("type", types.indexOf(organisation.type()));
      json.writeNumberProperty("x", Math.round(position.x() * 10) / 10.0);
      json.writeNumberProperty("y", Math.round(position.y() * 10) / 10.0);
      json.writeNumberProperty("size", Math.round(position.radius() * 10) / 10.0);
      json.writeNumberProperty("angle", Math.round(position.angle() * 10000) / 10000.0);
      json.writeNumberProperty("staff", row.figures().staff());
      json.writeNumberProperty("contacts", row.figures().contacts());
      json.writeNumberProperty("persons", row.figures().externalPersons());
      json.writeNumberProperty("resilience", row.resilience());
      json.writeStringProperty("risk", row.risk().name().toLowerCase(Locale.ROOT));
      json.writeStringProperty("explanation", row.carriers().isEmpty() ? "" : texts.carriers(row.carriers()));
      json.writeName("means");
      json.writeStartArray();
      for (Aspect aspect : Aspect.values()) {
        number(json, content.organisationAnswers().mean(organisation, aspect));
      }
      json.writeEndArray();
      actions(json, actions.getOrDefault(organisation, List.of()), texts);
      OrganisationNode node = nodes.get(organisation);
      if (node != null) {
        people(json, node, row.carriers());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void actions(JsonGenerator json, List<ActionPlanAnalysis.Action> actions, ActionTexts texts) {
    json.writeName("actions");
    json.writeStartArray();
    for (ActionPlanAnalysis.Action action : actions) {
      json.writeStartObject();
      json.writeNumberProperty("priority", action.priority());
      json.writeStringProperty("action", texts.action(action));
      json.writeStringProperty("who", action.who().name());
      json.writeStringProperty("with", texts.withWhom(action));
      json.writeNumberProperty("steps", action.steps());
      json.writeStringProperty("why", texts.why(action));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * The organisation's bipartite pattern: its staff (indices into {@code staff}), its person
   * nodes (indices into {@code persons}, -1 for the unnamed node), one [staff, person, rows]
   * per link, and the carriers of a high-risk relation.
   */
  private void people(JsonGenerator json, OrganisationNode node, List<Carrier> carriers) {
    List<Integer> staffHere = new ArrayList<>();
    List<Integer> personsHere = new ArrayList<>();
    List<int[]> links = new ArrayList<>();
    for (PersonNode person : content.network().personsAt(node)) {
      int p = person.person().map(this::personIndex).orElse(-1);
      personsHere.add(p);
      for (Map.Entry<StaffNode, Link> link : content.network().staffOf(person).entrySet()) {
        int s = staffIndex.get(link.getKey().respondent());
        if (!staffHere.contains(s)) {
          staffHere.add(s);
        }
        links.add(new int[] {s, p, link.getValue().mentions()});
      }
    }
    json.writeName("people");
    json.writeStartObject();
    integers(json, "staff", staffHere);
    integers(json, "persons", personsHere);
    json.writeName("links");
    json.writeStartArray();
    for (int[] link : links) {
      json.writeArray(link, 0, link.length);
    }
    json.writeEndArray();
    List<Integer> carryingStaff = new ArrayList<>();
    List<Integer> carryingPersons = new ArrayList<>();
    for (Carrier carrier : carriers) {
      if (carrier.side() == Side.INTERNAL) {
        carryingStaff.add(staffIndex.get(carrier.staffMember().orElseThrow()));
      } else {
        carryingPersons.add(carrier.contactPerson().map(this::personIndex).orElse(-1));
      }
    }
    integers(json, "carryingStaff", carryingStaff);
    integers(json, "carryingPersons", carryingPersons);
    json.writeEndObject();
  }

  private int personIndex(ContactPerson person) {
    return personIndex.computeIfAbsent(person, p -> {
      persons.add(p);
      return persons.size() - 1;
    });
  }

  /** The named contact persons met in the organisations' people, each with its organisation. */
  private void persons(JsonGenerator json) {
    json.writeName("persons");
    json.writeStartArray();
    for (ContactPerson person : persons) {
      json.writeStartObject();
      json.writeStringProperty("name", person.name());
      json.writeStringProperty("key", Names.key(person.name()));
      json.writeNumberProperty("organisation", organisationIndex.get(person.organisation()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void integers(JsonGenerator json, String name, List<Integer> values) {
    json.writeName(name);
    json.writeStartArray();
    values.forEach(json::writeNumber);
    json.writeEndArray();
  }

  private static void number(JsonGenerator json, OptionalDouble value) {
    if (value.isPresent()) {
      json.writeNumber(Math.round(value.getAsDouble() * 10000) / 10000.0);
    } else {
      json.writeNull();
    }
  }

  /** Escapes what could end a script block or start markup, and JavaScript's line separators. */
  private static final class ScriptSafe extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafe() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }

  /** The page writer owns the stream: the generator must flush into it, never close it. */
  private static final class Unclosed extends java.io.FilterWriter {
    Unclosed(Writer out) {
      super(out);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
