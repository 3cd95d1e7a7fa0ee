package nl.netwerkscan.report.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import nl.netwerkscan.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkDiagramTest {
  @TempDir Path dir;

  /** 60 work organisations with 10+ contacts, 238 care and 2 housing with fewer. */
  private static DiagramInput threeHundred() {
    List<OrganisationFigure> organisations = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      organisations.add(new OrganisationFigure("Werk " + i, SampleInputs.type("WORK"), 10 + i, 3, RiskLevel.LOW));
    }
    for (int i = 0; i < 238; i++) {
      organisations.add(new OrganisationFigure("Zorg " + i, SampleInputs.type("CARE"), 1 + i % 9, 1, RiskLevel.LOW));
    }
    organisations.add(new OrganisationFigure("Woonstad", SampleInputs.type("HOUSING"), 2, 1, RiskLevel.HIGH));
    organisations.add(new OrganisationFigure("Lefier", SampleInputs.type("HOUSING"), 4, 2, RiskLevel.LOW));
    return new DiagramInput("Dienst", OptionalInt.of(2024), organisations, List.of(), List.of());
  }

  @Test
  void beyondSixtyOrganisationsTheRestIsGatheredPerType() throws Exception {
    List<String> labels = new NetworkDiagram(threeHundred(), Messages.of(Messages.DUTCH)).labels();

    // Woonstad (high risk) and the 59 largest are kept; Werk 0 and Lefier are their type's only
    // leftover and stay themselves; the 238 care organisations become one node.
    assertEquals(60 + 2 + 1, labels.size(), labels.toString());
    assertTrue(labels.contains("overige Zorg (238)"), labels.toString());
    assertTrue(labels.containsAll(List.of("Werk 0", "Werk 59", "Woonstad", "Lefier")), labels.toString());
    assertFalse(labels.contains("Zorg 0"));

    Diagrams.write(dir, threeHundred(), Messages.of(Messages.ENGLISH));
    List<String> texts = Pictures.svgTexts(dir.resolve("network.svg"));
    assertTrue(texts.contains("other Care (238)"), texts.toString());
    String legend = String.join(" ", texts);
    assertTrue(legend.contains("62 organisations are drawn one by one"), legend);
    assertTrue(legend.contains("the other 238 are gathered per type"), legend);
  }

  @Test
  void highRiskOrganisationsAreNotGathered() {
    List<OrganisationFigure> organisations = new ArrayList<>(threeHundred().organisations());
    organisations.add(new OrganisationFigure("Zorg hoog", SampleInputs.type("CARE"), 3, 1, RiskLevel.HIGH));
    DiagramInput input = new DiagramInput("Dienst", OptionalInt.empty(), organisations, List.of(), List.of());

    List<String> labels = new NetworkDiagram(input, Messages.of(Messages.DUTCH)).labels();

    assertTrue(labels.containsAll(List.of("Zorg hoog", "Woonstad")), labels.toString());
    assertTrue(labels.contains("overige Zorg (238)"), labels.toString());
  }

  @Test
  void aTypeWithSeveralLeftoversIsGatheredAndOneLeftoverIsKept() {
    List<OrganisationFigure> organisations = new ArrayList<>(threeHundred().organisations());
    organisations.add(new OrganisationFigure("Nijestee", SampleInputs.type("HOUSING"), 1, 1, RiskLevel.LOW));
    DiagramInput input = new DiagramInput("Dienst", OptionalInt.empty(), organisations, List.of(), List.of());

    List<String> labels = new NetworkDiagram(input, Messages.of(Messages.DUTCH)).labels();

    assertTrue(labels.contains("overige Huis (2)"), labels.toString());
    assertTrue(labels.contains("Werk 0"), labels.toString());
  }

  @Test
  void upToSixtyOrganisationsEveryOneIsDrawn() {
    DiagramInput input = SampleInputs.study(60);
    List<String> labels = new NetworkDiagram(input, Messages.of(Messages.DUTCH)).labels();
    assertEquals(60, labels.size());
    assertTrue(labels.stream().noneMatch(l -> l.startsWith("overige")));
  }

  @Test
  void labelsNeverOverlap() {
    List<NetworkLayout.Node> nodes =
        NetworkLayout.place(
                NetworkLayout.select(threeHundred().organisations(), (t, n) -> "x"), 950, 745, 455)
            .nodes();
    List<NetworkLayout.Label> labels = NetworkLayout.labels(nodes, 950, 745, 530, 19, 160, 1326);
    for (NetworkLayout.Label a : labels) {
      for (NetworkLayout.Label b : labels) {
        if (a != b && a.right() == b.right()) {
          assertTrue(Math.abs(a.y() - b.y()) >= 19 - 1e-9, a + " overlaps " + b);
        }
      }
      assertTrue(a.y() >= 160 && a.y() <= 1326);
    }
  }
}
