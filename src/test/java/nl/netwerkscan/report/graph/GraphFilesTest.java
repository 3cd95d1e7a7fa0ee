package nl.netwerkscan.report.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.text.Messages;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFilesTest {
  @TempDir Path dir;
  private final Map<String, Map<String, Attribute>> nodes = new HashMap<>();
  private final Map<String, Map<String, Attribute>> edges = new HashMap<>();

  /** Museum: 3 staff → one person (high risk); GGz: one unnamed mention with answers 4 and 2. */
  private Survey survey() {
    return TestSurveys.builder()
        .type(OrganisationType.BuiltIn.WORK)
        .contact("Anna", "Museum", "Kees", 4, 0, 0, 0, 0, 0, 0)
        .contact("Anna", "Museum", "Kees", 2, 0, 0, 0, 0, 0, 0)
        .contact("Bert", "Museum", "Kees")
        .contact("Cees", "Museum", "Kees")
        .type(OrganisationType.BuiltIn.CARE)
        .contact("Anna", "<GGz & \"co\">", null, 5, 5, 5, 5, 5, 5, 5)
        .build();
  }

  @BeforeEach
  void write() throws Exception {
    Survey survey = survey();
    GraphFiles.write(
        dir, "netwerk", ContactNetwork.of(survey, "Sociale dienst"), FragilityAnalysis.analyse(survey), Messages.of(Messages.DUTCH));
  }

  @Test
  void aNetworkOfPartOfTheSurveyIsWrittenAsTheSummary() throws Exception {
    Survey survey = survey();
    Path part = Files.createDirectory(dir.resolve("part"));
    ContactNetwork museumOnly =
        ContactNetwork.of(survey, "Sociale dienst", Set.of(survey.contacts().get(0).organisation()));

    boolean full =
        GraphFiles.write(part, "netwerk", museumOnly, FragilityAnalysis.analyse(survey), Messages.of(Messages.DUTCH));

    assertFalse(full);
    Graph<String, String> graph = emptyGraph();
    GraphMLImporter<String, String> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(false);
    importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
    try (Reader in = Files.newBufferedReader(part.resolve("netwerk.graphml"))) {
      importer.importGraph(graph, in);
    }
    // the summary of the whole survey, not the part: home and both organisations, no people
    assertEquals(3, graph.vertexSet().size());
    assertEquals(2, graph.edgeSet().size());
    assertEquals("organisation", nodeLabelled("<GGz & \"co\">").get("kind").getValue());
  }

  private Graph<String, String> emptyGraph() {
    Supplier<String> ids = new Supplier<>() {
      int next;

      @Override
      public String get() {
        return "v" + next++;
      }
    };
    return GraphTypeBuilder.<String, String>undirected().allowingMultipleEdges(true).vertexSupplier(ids)
        .edgeSupplier(new Supplier<>() {
          int next;

          @Override
          public String get() {
            return "e" + next++;
          }
        }).buildGraph();
  }

  @Test
  void graphMlReadsBackWithEveryAttribute() throws Exception {
    Graph<String, String> graph = emptyGraph();
    GraphMLImporter<String, String> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(false);
    importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
    importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
    try (Reader in = Files.newBufferedReader(dir.resolve("netwerk.graphml"))) {
      importer.importGraph(graph, in);
    }
    assertCounts(graph);
  }

  @Test
  void gexfReadsBackWithEveryAttribute() throws Exception {
    Graph<String, String> graph = emptyGraph();
    SimpleGEXFImporter<String, String> importer = new SimpleGEXFImporter<>();
    importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
    importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
    try (Reader in = Files.newBufferedReader(dir.resolve("netwerk.gexf"))) {
      importer.importGraph(graph, in);
    }
    assertCounts(graph);
  }

  /**
   * Nodes: home, 3 staff, Kees, the unnamed node of GGz, 2 organisations = 8. Edges: 3 staff–home,
   * 3 staff–Kees, Anna–unnamed, 2 person–organisation = 9.
   */
  private void assertCounts(Graph<String, String> graph) {
    assertEquals(8, graph.vertexSet().size());
    assertEquals(9, graph.edgeSet().size());
    Map<String, Attribute> museum = nodeLabelled("Museum");
    assertEquals("organisation", museum.get("kind").getValue());
    assertEquals("Werk", museum.get("type").getValue());
    assertEquals("hoog", museum.get("risk").getValue());
    assertEquals("1", museum.get("resilience").getValue());
    assertEquals("4", museum.get("mentions").getValue());
    assertEquals("person", nodeLabelled("zonder naam (<GGz & \"co\">)").get("kind").getValue());
    assertEquals("staff", nodeLabelled("Anna").get("kind").getValue());
    assertEquals("home", nodeLabelled("Sociale dienst").get("kind").getValue());
    // Anna named Kees twice, intensity 4 and 2: mean 3.0
    boolean found = edges.values().stream().anyMatch(
        a -> a.containsKey("mentions") && a.get("mentions").getValue().equals("2") && Double.parseDouble(a.get("intensity").getValue()) == 3.0);
    assertTrue(found, edges.toString());
  }

  private Map<String, Attribute> nodeLabelled(String label) {
    return nodes.values().stream()
        .filter(a -> a.containsKey("label") && a.get("label").getValue().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node labelled " + label + " in " + nodes));
  }
}
