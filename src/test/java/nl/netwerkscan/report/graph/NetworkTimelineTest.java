package nl.netwerkscan.report.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.SurveyYear;
import nl.netwerkscan.analysis.TrendSurveys;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import nl.netwerkscan.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The timeline GEXF of {@link TrendSurveys}, read back with a plain XML parser. */
class NetworkTimelineTest {
  @TempDir Path dir;

  @Test
  void spellsFollowTheYearsEachNodeAndEdgeWasThere() throws Exception {
    Document gexf = written();
    Element graph = (Element) gexf.getElementsByTagName("graph").item(0);
    assertEquals("dynamic", graph.getAttribute("mode"));
    Map<String, String> nodes = spellsByLabel(gexf, "node");
    assertEquals("2022-2024", nodes.get("Anna"));
    assertEquals("2022-2023", nodes.get("Fenna")); // left in 2024
    assertEquals("2022-2022 2024-2024", nodes.get("Eva")); // away in 2023, back in 2024
    assertEquals("2024-2024", nodes.get("Dirk")); // joined in 2024
    assertEquals("2022-2023", nodes.get("Alfacollege"));
    assertEquals("2022-2022 2024-2024", nodes.get("Kliq"));
    assertEquals("2022-2024", nodes.get("Centrum"));
    Map<String, String> edges = edgeSpells(gexf);
    assertEquals("2022-2024", edges.get("Anna–Kees"));
    assertEquals("2022-2022 2024-2024", edges.get("Bert–Olga"));
    assertEquals("2023-2024", edges.get("Bert–Piet"));
    assertEquals("2022-2023", edges.get("Cees–Tom"));
  }

  @Test
  void perYearFiguresArePlainAttributes() throws Exception {
    Document gexf = written();
    Map<String, String> titles = new LinkedHashMap<>();
    NodeList attributes = gexf.getElementsByTagName("attribute");
    for (int i = 0; i < attributes.getLength(); i++) {
      Element attribute = (Element) attributes.item(i);
      if (((Element) attribute.getParentNode()).getAttribute("class").equals("node")) {
        titles.put(attribute.getAttribute("id"), attribute.getAttribute("title"));
      }
    }
    Element cwi = node(gexf, "CWI");
    Map<String, String> values = new LinkedHashMap<>();
    NodeList attvalues = cwi.getElementsByTagName("attvalue");
    for (int i = 0; i < attvalues.getLength(); i++) {
      Element value = (Element) attvalues.item(i);
      values.put(titles.get(value.getAttribute("for")), value.getAttribute("value"));
    }
    assertEquals("hoog", values.get("risk_2022"));
    assertEquals("laag", values.get("risk_2024"));
    assertEquals("1", values.get("resilience_2022"));
    assertEquals("3", values.get("resilience_2023"));
    assertEquals("3", values.get("mentions_2024"));
    assertEquals("organisation", values.get("kind"));
  }

  /** A year above the graph files' limit: our organisation and the partners only, as analyse does. */
  @Test
  void aYearTooLargeForPeopleGivesTheOrganisationsOnly() throws Exception {
    TestSurveys.Builder large = TestSurveys.builder();
    for (int i = 0; i <= GraphFiles.FULL_GRAPH_LIMIT; i++) {
      large.contact("Medewerker " + (i % 500), i % 2 == 0 ? "Alfa" : "Beta", "Persoon " + i);
    }
    Survey small = TestSurveys.builder().contact("Anna", "Alfa", "Kees").build();
    List<SurveyYear> years =
        List.of(
            SurveyYear.analyse("2023", 2023, small, FragilityAnalysis.Thresholds.DEFAULTS),
            SurveyYear.analyse("2024", 2024, large.build(), FragilityAnalysis.Thresholds.DEFAULTS));
    Path file = dir.resolve("t.gexf");
    assertFalse(NetworkTimeline.write(file, years, "Centrum", Messages.forLanguage("nl")));
    Document gexf = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    assertEquals(Map.of("Centrum", "2023-2024", "Alfa", "2023-2024", "Beta", "2024-2024"), spellsByLabel(gexf, "node"));
    assertEquals(Map.of("Centrum–Alfa", "2023-2024", "Centrum–Beta", "2024-2024"), edgeSpells(gexf));
  }

  private Document written() throws Exception {
    Path file = dir.resolve("netwerk-tijdlijn.gexf");
    NetworkTimeline.write(file, TrendSurveys.analysed(), "Centrum", Messages.forLanguage("nl"));
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  private static Element node(Document gexf, String label) {
    NodeList nodes = gexf.getElementsByTagName("node");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      if (node.getAttribute("label").equals(label)) {
        return node;
      }
    }
    throw new AssertionError("no node " + label);
  }

  private static Map<String, String> spellsByLabel(Document gexf, String tag) {
    Map<String, String> spells = new LinkedHashMap<>();
    NodeList elements = gexf.getElementsByTagName(tag);
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      spells.put(element.getAttribute("label"), spells(element));
    }
    return spells;
  }

  /** Edges by "source–target" label, from the node labels of their ends. */
  private static Map<String, String> edgeSpells(Document gexf) {
    Map<String, String> labels = new LinkedHashMap<>();
    NodeList nodes = gexf.getElementsByTagName("node");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      labels.put(node.getAttribute("id"), node.getAttribute("label"));
    }
    Map<String, String> spells = new LinkedHashMap<>();
    NodeList edges = gexf.getElementsByTagName("edge");
    for (int i = 0; i < edges.getLength(); i++) {
      Element edge = (Element) edges.item(i);
      spells.put(labels.get(edge.getAttribute("source")) + "–" + labels.get(edge.getAttribute("target")), spells(edge));
    }
    return spells;
  }

  private static String spells(Element element) {
    List<String> spells = new ArrayList<>();
    NodeList list = element.getElementsByTagName("spell");
    for (int i = 0; i < list.getLength(); i++) {
      Element spell = (Element) list.item(i);
      spells.add(year(spell.getAttribute("start")) + "-" + year(spell.getAttribute("end")));
    }
    return String.join(" ", spells);
  }

  private static String year(String time) {
    return String.valueOf((int) Double.parseDouble(time));
  }
}
