package nl.netwerkscan.report.graph;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.network.HomeNode;
import nl.netwerkscan.network.Node;
import nl.netwerkscan.network.OrganisationNode;
import nl.netwerkscan.report.UnlockedBufferedWriter;
import nl.netwerkscan.text.Messages;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The graph files of a very large survey (a regional or national roll-up): our organisation
 * and its partner organisations only, one edge each carrying the organisation's figures from the
 * fragile-contacts analysis (contacts as {@code mentions}, {@code staff}, {@code persons}). The
 * node attributes are those of the full files; staff and person nodes are left out, and the
 * graph's description says so.
 */
final class SummaryGraphFiles {
  private SummaryGraphFiles() {}

  /** An edge from home to one organisation, with that organisation's figures. */
  private record Tie(FragilityAnalysis.Row row) {}

  static void write(
      Path folder, String baseName, ContactNetwork network, FragilityAnalysis.Result fragility, Messages messages)
      throws IOException {
    Graph<Node, Tie> graph = GraphTypeBuilder.<Node, Tie>undirected().allowingMultipleEdges(false).buildGraph();
    HomeNode home = network.home();
    graph.addVertex(home);
    Map<Node, String> ids = new LinkedHashMap<>();
    ids.put(home, "n0");
    for (FragilityAnalysis.Row row : fragility.rows()) {
      OrganisationNode organisation = new OrganisationNode(row.organisation());
      graph.addVertex(organisation);
      ids.put(organisation, "n" + ids.size());
      graph.addEdge(home, organisation, new Tie(row));
    }
    Map<Node, FragilityAnalysis.Row> rows = new LinkedHashMap<>();
    fragility.rows().forEach(row -> rows.put(new OrganisationNode(row.organisation()), row));

    GraphMLExporter<Node, Tie> graphMl = new GraphMLExporter<>(ids::get);
    graphMl.setExportVertexLabels(false);
    graphMl.registerAttribute("kind", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    for (String key : new String[] {"label", "type", "risk"}) {
      graphMl.registerAttribute(key, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    }
    for (String key : new String[] {"resilience", "staff", "persons"}) {
      graphMl.registerAttribute(key, GraphMLExporter.AttributeCategory.ALL, AttributeType.INT);
    }
    graphMl.registerAttribute("mentions", GraphMLExporter.AttributeCategory.ALL, AttributeType.INT);
    graphMl.setVertexAttributeProvider(node -> nodeAttributes(node, rows, messages));
    graphMl.setEdgeAttributeProvider(SummaryGraphFiles::edgeAttributes);
    try (Writer out = UnlockedBufferedWriter.open(folder.resolve(baseName + ".graphml"))) {
      graphMl.exportGraph(graph, out);
    }

    Map<Tie, String> edgeIds = new LinkedHashMap<>();
    GEXFExporter<Node, Tie> gexf = new GEXFExporter<>(ids::get, tie -> edgeIds.computeIfAbsent(tie, t -> "e" + edgeIds.size()));
    gexf.setDescription(messages.get("graph.summary.description"));
    for (String key : new String[] {"kind", "type", "risk"}) {
      gexf.registerAttribute(key, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    }
    for (String key : new String[] {"resilience", "mentions"}) {
      gexf.registerAttribute(key, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
    }
    for (String key : new String[] {"mentions", "staff", "persons"}) {
      gexf.registerAttribute(key, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    }
    gexf.setVertexAttributeProvider(node -> nodeAttributes(node, rows, messages));
    gexf.setEdgeAttributeProvider(SummaryGraphFiles::edgeAttributes);
    try (Writer out = UnlockedBufferedWriter.open(folder.resolve(baseName + ".gexf"))) {
      gexf.exportGraph(graph, out);
    }
  }

  private static Map<String, Attribute> nodeAttributes(Node node, Map<Node, FragilityAnalysis.Row> rows, Messages messages) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("kind", DefaultAttribute.createAttribute(node.kind().key()));
    FragilityAnalysis.Row row = rows.get(node);
    if (row == null) {
      attributes.put("label", DefaultAttribute.createAttribute(((HomeNode) node).name()));
      return attributes;
    }
    attributes.put("label", DefaultAttribute.createAttribute(row.organisation().name()));
    attributes.put("type", DefaultAttribute.createAttribute(messages.label(row.organisation().type())));
    attributes.put("risk", DefaultAttribute.createAttribute(messages.get("risk." + row.risk().name().toLowerCase(Locale.ROOT))));
    attributes.put("resilience", DefaultAttribute.createAttribute(row.resilience()));
    attributes.put("mentions", DefaultAttribute.createAttribute(row.figures().contacts()));
    return attributes;
  }

  private static Map<String, Attribute> edgeAttributes(Tie tie) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("mentions", DefaultAttribute.createAttribute(tie.row().figures().contacts()));
    attributes.put("staff", DefaultAttribute.createAttribute(tie.row().figures().staff()));
    attributes.put("persons", DefaultAttribute.createAttribute(tie.row().figures().externalPersons()));
    return attributes;
  }
}
