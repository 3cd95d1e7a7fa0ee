package nl.netwerkscan.report.graph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.SurveyYear;
import nl.netwerkscan.analysis.YearMatching;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.network.LinkKind;
import nl.netwerkscan.network.NodeKind;
import nl.netwerkscan.text.Messages;
import org.graphstream.graph.Element;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.SingleGraph;
import org.graphstream.stream.file.FileSinkGEXF2;

/**
 * netwerk-tijdlijn.gexf (report contract, trend): the contact network of every year in one
 * dynamic GEXF that Gephi's timeline plays. GraphStream keeps no history, so the years are
 * replayed into one graph as steps, with its GEXF sink listening (tech-notes.md): at the step of a
 * year the nodes and edges new that year are added, and those absent the next year are removed
 * still within this year's step, so each presence spell runs from the first to the last year of
 * an unbroken stretch (a staff member who returns gets a second spell).
 *
 * <p>Nodes and edges carry the attributes of the graph files ({@code kind}, {@code label},
 * {@code type}); the figures of a year are plain attributes named after it ({@code risk_2023},
 * {@code resilience_2023}, {@code mentions_2023}), because the sink writes no attributes that
 * Gephi takes as dynamic. Node ids are numbers given in order of first appearance, so no name
 * is in an id, and the same person keeps one id across years ({@link YearMatching}'s keys).
 * A series with a year too large for a readable graph of people gets our organisation and the
 * partner organisations only, one {@code home-organisation} edge each with its contacts per year.
 */
public final class NetworkTimeline {
  private final Messages messages;
  private final Graph graph = new SingleGraph("netwerk", true, false);
  /** Matching key to GEXF id, and back. */
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();

  private NetworkTimeline(Messages messages) {
    this.messages = messages;
  }

  /**
   * Writes the timeline of {@code years}; when a year has more contact rows than {@link
   * GraphFiles#FULL_GRAPH_LIMIT}, only our organisation and the partner organisations, as the
   * graph files of {@code analyse} do for such a survey.
   *
   * @return true when the people are in it, false for the organisations only
   */
  public static boolean write(Path file, List<SurveyYear> years, String home, Messages messages) throws IOException {
    boolean people = years.stream().allMatch(year -> year.survey().contacts().size() <= GraphFiles.FULL_GRAPH_LIMIT);
    new NetworkTimeline(messages).replay(file, years, home, people);
    return people;
  }

  private void replay(Path file, List<SurveyYear> years, String home, boolean people) throws IOException {
    FileSinkGEXF2 sink = new FileSinkGEXF2();
    graph.addSink(sink);
    // The sink would open a file in the platform charset while declaring UTF-8 (tech-notes.md).
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      sink.begin(writer);
      // Only this year's and the next year's graphs are held: a year is added, then whatever the
      // next year lacks is removed.
      YearGraph current = YearGraph.of(years.get(0), home, messages, people);
      for (int i = 0; i < years.size(); i++) {
        graph.stepBegins(years.get(i).time());
        add(current, years.get(i));
        if (i + 1 < years.size()) {
          YearGraph next = YearGraph.of(years.get(i + 1), home, messages, people);
          removeAbsentFrom(next);
          current = next;
        }
      }
      sink.end();
    }
  }

  private void add(YearGraph year, SurveyYear survey) {
    year.nodes.forEach((key, node) -> {
      Element element = graph.getNode(id(key));
      if (element == null) {
        element = graph.addNode(id(key));
        element.setAttribute("kind", node.kind.key());
        element.setAttribute("label", node.label);
        if (node.organisation != null) {
          element.setAttribute("type", messages.label(node.organisation.type()));
        }
      }
    });
    for (FragilityAnalysis.Row row : survey.fragility().rows()) {
      Element organisation = graph.getNode(id(YearGraph.organisationKey(row.organisation())));
      String suffix = "_" + survey.time();
      organisation.setAttribute("risk" + suffix, messages.get("risk." + row.risk().name().toLowerCase(Locale.ROOT)));
      organisation.setAttribute("resilience" + suffix, row.resilience());
      organisation.setAttribute("mentions" + suffix, row.figures().contacts());
    }
    year.edges.forEach((key, edge) -> {
      Element element = graph.getEdge(id(key));
      if (element == null) {
        element = graph.addEdge(id(key), id(edge.from), id(edge.to));
        element.setAttribute("kind", edge.kind);
      }
      if (edge.mentions > 0) {
        element.setAttribute("mentions_" + survey.time(), edge.mentions);
      }
    });
  }

  /** Edges first, so no node is removed while an edge of the next year still needs it. */
  private void removeAbsentFrom(YearGraph next) {
    graph.edges().map(Element::getId).toList().stream()
        .filter(id -> !next.edges.containsKey(keyOf(id)))
        .forEach(graph::removeEdge);
    graph.nodes().map(Element::getId).toList().stream()
        .filter(id -> !next.nodes.containsKey(keyOf(id)))
        .forEach(graph::removeNode);
  }

  private String id(String key) {
    String id = ids.get(key);
    if (id == null) {
      id = (key.startsWith(YearGraph.EDGE) ? "e" : "n") + ids.size();
      ids.put(key, id);
      keys.put(id, key);
    }
    return id;
  }

  private String keyOf(String id) {
    return keys.get(id);
  }

  /** One year's nodes and edges, by matching key. */
  private static final class YearGraph {
    static final String EDGE = "edge\u0000";
    /** The one edge kind of the organisations-only timeline, from our organisation to a partner. */
    static final String HOME_ORGANISATION = "home-organisation";
    final Map<String, NodeData> nodes = new LinkedHashMap<>();
    final Map<String, EdgeData> edges = new LinkedHashMap<>();

    record NodeData(NodeKind kind, String label, Organisation organisation) {}

    /** An edge; {@code mentions} is written per year where it counts contacts (else 0). */
    static final class EdgeData {
      final String kind;
      final String from;
      final String to;
      int mentions;

      EdgeData(String kind, String from, String to) {
        this.kind = kind;
        this.from = from;
        this.to = to;
      }
    }

    static YearGraph of(SurveyYear year, String home, Messages messages, boolean people) {
      YearGraph graph = new YearGraph();
      String homeKey = "home";
      graph.nodes.put(homeKey, new NodeData(NodeKind.HOME, home, null));
      if (!people) {
        for (FragilityAnalysis.Row row : year.fragility().rows()) {
          Organisation organisation = row.organisation();
          String org = organisationKey(organisation);
          graph.nodes.put(org, new NodeData(NodeKind.ORGANISATION, organisation.name(), organisation));
          graph.edge(HOME_ORGANISATION, homeKey, org).mentions = row.figures().contacts();
        }
        return graph;
      }
      for (Contact contact : year.survey().contacts()) {
        Organisation organisation = contact.organisation();
        String staff = "staff\u0000" + contact.respondent().key();
        String org = organisationKey(organisation);
        String person =
            "person\u0000" + organisation.key() + '\u0000' + contact.person().map(p -> p.key()).orElse("");
        graph.nodes.putIfAbsent(staff, new NodeData(NodeKind.STAFF, contact.respondent().name(), null));
        graph.nodes.putIfAbsent(org, new NodeData(NodeKind.ORGANISATION, organisation.name(), organisation));
        graph.nodes.putIfAbsent(
            person,
            new NodeData(
                NodeKind.PERSON,
                contact.person().map(p -> p.name()).orElseGet(() -> messages.get("person.unnamed", organisation.name())),
                null));
        graph.edge(LinkKind.STAFF_HOME, staff, homeKey);
        graph.edge(LinkKind.PERSON_ORGANISATION, person, org);
        graph.edge(LinkKind.STAFF_PERSON, staff, person).mentions++;
      }
      return graph;
    }

    static String organisationKey(Organisation organisation) {
      return "organisation\u0000" + organisation.key();
    }

    private EdgeData edge(LinkKind kind, String from, String to) {
      return edge(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), from, to);
    }

    private EdgeData edge(String kind, String from, String to) {
      return edges.computeIfAbsent(EDGE + from + '\u0001' + to, k -> new EdgeData(kind, from, to));
    }
  }
}
