package nl.netwerkscan.report.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.network.HomeNode;
import nl.netwerkscan.network.Link;
import nl.netwerkscan.network.LinkKind;
import nl.netwerkscan.network.Node;
import nl.netwerkscan.network.OrganisationNode;
import nl.netwerkscan.network.PersonNode;
import nl.netwerkscan.network.StaffNode;
import nl.netwerkscan.report.UnlockedBufferedWriter;
import nl.netwerkscan.text.Messages;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the contact network as GraphML and GEXF (report contract, graph files), for Gephi, yEd
 * and networkx. Every node has {@code kind} and {@code label}; organisations also {@code type},
 * {@code risk}, {@code resilience} and {@code mentions}; staff–person edges {@code mentions} and
 * the mean answer per aspect. Keys are English in both languages; the values of type and risk
 * are in the report's language, as in the workbook. jgrapht-io writes only registered
 * attributes (tech-notes.md), so every key is registered here, with no defaults (a value equal
 * to a default would be left out and networkx would then miss it).
 */
public final class GraphFiles {
  private final ContactNetwork network;
  private final Messages messages;
  private final Map<Node, String> ids = new HashMap<>();
  private final Map<Organisation, FragilityAnalysis.Row> fragility = new HashMap<>();

  private GraphFiles(ContactNetwork network, FragilityAnalysis.Result fragility, Messages messages) {
    this.network = network;
    this.messages = messages;
    int next = 0;
    for (Node node : network.graph().vertexSet()) {
      ids.put(node, "n" + next++);
    }
    for (FragilityAnalysis.Row row : fragility.rows()) {
      this.fragility.put(row.organisation(), row);
    }
  }

  /**
   * Above this many staff–person links the files hold the organisation-level summary instead
   * (see {@link SummaryGraphFiles}): a graph of a million edges is a gigabyte of XML that Gephi
   * and yEd cannot lay out, and writing it would cost more than the whole rest of the report.
   */
  public static final int FULL_GRAPH_LIMIT = 200_000;

  /**
   * Writes {@code <base>.graphml} and {@code <base>.gexf} into {@code folder}: the full graph of
   * a whole network of at most {@link #FULL_GRAPH_LIMIT} links, otherwise the summary.
   *
   * @return true when the full graph was written, false when the summary was
   */
  public static boolean write(
      Path folder, String baseName, ContactNetwork network, FragilityAnalysis.Result fragility, Messages messages)
      throws IOException {
    if (!network.isWhole() || staffPersonLinks(network) > FULL_GRAPH_LIMIT) {
      SummaryGraphFiles.write(folder, baseName, network, fragility, messages);
      return false;
    }
    GraphFiles files = new GraphFiles(network, fragility, messages);
    // The two files of a large network take seconds each: GraphML on a thread of its own while
    // this one writes GEXF. Both only read the graph.
    CompletableFuture<Void> graphMl =
        CompletableFuture.runAsync(
            () -> {
              try (Writer out = UnlockedBufferedWriter.open(folder.resolve(baseName + ".graphml"))) {
                files.graphMl().exportGraph(network.graph(), out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            task -> {
              Thread thread = new Thread(task, "graphml-writer");
              thread.setDaemon(true);
              thread.start();
            });
    try (Writer out = UnlockedBufferedWriter.open(folder.resolve(baseName + ".gexf"))) {
      files.gexf().exportGraph(network.graph(), out);
    } finally {
      graphMl.handle((done, failure) -> null).join(); // never leave it writing into the folder
    }
    try {
      graphMl.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
    return true;
  }

  private static long staffPersonLinks(ContactNetwork network) {
    return network.graph().edgeSet().stream().filter(l -> l.kind() == LinkKind.STAFF_PERSON).count();
  }

  private GraphMLExporter<Node, Link> graphMl() {
    GraphMLExporter<Node, Link> exporter = new GraphMLExporter<>(ids::get);
    exporter.setExportVertexLabels(false); // "label" is an attribute of our own, below
    exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.ALL, AttributeType.STRING);
    for (String key : new String[] {"label", "type", "risk"}) {
      exporter.registerAttribute(key, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    }
    exporter.registerAttribute("resilience", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
    exporter.registerAttribute("mentions", GraphMLExporter.AttributeCategory.ALL, AttributeType.INT);
    for (Aspect aspect : Aspect.values()) {
      exporter.registerAttribute(aspect.key(), GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
    }
    exporter.setVertexAttributeProvider(this::nodeAttributes);
    exporter.setEdgeAttributeProvider(this::edgeAttributes);
    return exporter;
  }

  private GEXFExporter<Node, Link> gexf() {
    Map<Link, String> edgeIds = new HashMap<>();
    Function<Link, String> edgeId = link -> edgeIds.computeIfAbsent(link, l -> "e" + edgeIds.size());
    GEXFExporter<Node, Link> exporter = new GEXFExporter<>(ids::get, edgeId);
    for (String key : new String[] {"kind", "type", "risk"}) {
      exporter.registerAttribute(key, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    }
    exporter.registerAttribute("resilience", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
    exporter.registerAttribute("mentions", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
    exporter.registerAttribute("kind", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
    exporter.registerAttribute("mentions", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    for (Aspect aspect : Aspect.values()) {
      exporter.registerAttribute(aspect.key(), GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
    }
    exporter.setVertexAttributeProvider(this::nodeAttributes);
    exporter.setEdgeAttributeProvider(this::edgeAttributes);
    return exporter;
  }

  private Map<String, Attribute> nodeAttributes(Node node) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("kind", DefaultAttribute.createAttribute(node.kind().key()));
    attributes.put("label", DefaultAttribute.createAttribute(label(node)));
    if (node instanceof OrganisationNode organisation) {
      Organisation o = organisation.organisation();
      attributes.put("type", DefaultAttribute.createAttribute(messages.label(o.type())));
      FragilityAnalysis.Row row = fragility.get(o);
      if (row != null) {
        attributes.put("risk", DefaultAttribute.createAttribute(messages.get("risk." + row.risk().name().toLowerCase(java.util.Locale.ROOT))));
        attributes.put("resilience", DefaultAttribute.createAttribute(row.resilience()));
        attributes.put("mentions", DefaultAttribute.createAttribute(row.figures().contacts()));
      }
    }
    return attributes;
  }

  private Map<String, Attribute> edgeAttributes(Link link) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("kind", DefaultAttribute.createAttribute(link.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    if (link.kind() == LinkKind.STAFF_PERSON) {
      attributes.put("mentions", DefaultAttribute.createAttribute(link.mentions()));
      for (Aspect aspect : Aspect.values()) {
        link.meanAnswer(aspect).ifPresent(mean -> attributes.put(aspect.key(), DefaultAttribute.createAttribute(mean)));
      }
    }
    return attributes;
  }

  private String label(Node node) {
    if (node instanceof HomeNode home) {
      return home.name();
    } else if (node instanceof StaffNode staff) {
      return staff.respondent().name();
    } else if (node instanceof PersonNode person) {
      return person.person().map(p -> p.name()).orElseGet(() -> messages.get("person.unnamed", person.organisation().name()));
    }
    return ((OrganisationNode) node).organisation().name();
  }
}
