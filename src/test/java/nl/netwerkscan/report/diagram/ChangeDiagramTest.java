package nl.netwerkscan.report.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkscan.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeDiagramTest {
  private static final Messages DUTCH = Messages.of(Messages.DUTCH);
  private static final Messages ENGLISH = Messages.of(Messages.ENGLISH);

  @TempDir Path dir;

  /** One organisation of each change, all of the study's types. */
  private static ChangeInput five() {
    return new ChangeInput("Dienst", "enquete-2023.xlsx", "enquete-2024.xlsx", List.of(
        new ChangeFigure("Kliq", SampleInputs.type("WORK"), ChangeKind.NEW, 1, 1),
        new ChangeFigure("GGz", SampleInputs.type("CARE"), ChangeKind.GONE, 2, 1),
        new ChangeFigure("CWI", SampleInputs.type("CWI"), ChangeKind.STRONGER, 3, 3),
        new ChangeFigure("WPG", SampleInputs.type("WORK"), ChangeKind.WEAKER, 3, 3),
        new ChangeFigure("SBK", SampleInputs.type("FINANCE"), ChangeKind.SAME, 3, 3)));
  }

  /** 20 new, 15 gone, 10 weaker (care), 40 stronger and 60 the same (work and care). */
  private static ChangeInput large() {
    List<ChangeFigure> organisations = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      organisations.add(new ChangeFigure("Nieuw " + i, SampleInputs.type("WORK"), ChangeKind.NEW, 1 + i % 3, 1));
    }
    for (int i = 0; i < 15; i++) {
      organisations.add(new ChangeFigure("Weg " + i, SampleInputs.type("CARE"), ChangeKind.GONE, 1, 1));
    }
    for (int i = 0; i < 10; i++) {
      organisations.add(new ChangeFigure("Zwakker " + i, SampleInputs.type("CARE"), ChangeKind.WEAKER, 2, 1));
    }
    for (int i = 0; i < 40; i++) {
      organisations.add(new ChangeFigure("Sterker " + i, SampleInputs.type(i % 2 == 0 ? "WORK" : "CARE"), ChangeKind.STRONGER, 50 - i, 4));
    }
    for (int i = 0; i < 60; i++) {
      organisations.add(new ChangeFigure("Gelijk " + i, SampleInputs.type(i % 2 == 0 ? "WORK" : "CARE"), ChangeKind.SAME, 100 + i, 9));
    }
    return new ChangeInput("Dienst", "oud.xlsx", "nieuw.xlsx", organisations);
  }

  @Test
  void beyondSixtyEveryNewGoneAndWeakerOneStaysVisibleAndTheUnchangedAreGathered() {
    List<String> labels = new ChangeDiagram(large(), DUTCH).labels();

    // 45 urgent ones, then the 15 largest stronger ones; the other 25 stronger and all 60
    // unchanged ones are gathered per type and change, whatever their size.
    for (String prefix : List.of("Nieuw ", "Weg ", "Zwakker ")) {
      assertEquals(prefix.equals("Nieuw ") ? 20 : prefix.equals("Weg ") ? 15 : 10,
          labels.stream().filter(l -> l.startsWith(prefix)).count(), labels.toString());
    }
    assertTrue(labels.containsAll(List.of("Sterker 0", "Sterker 14")), labels.toString());
    assertFalse(labels.contains("Sterker 15"), labels.toString());
    assertTrue(labels.containsAll(List.of("overige Werk, sterker (12)", "overige Zorg, sterker (13)",
        "overige Werk, gelijk (30)", "overige Zorg, gelijk (30)")), labels.toString());
    assertEquals(60 + 4, labels.size(), labels.toString());
  }

  @Test
  void manyUrgentChangesAreDrawnOneByOneUpToAHundred() {
    List<ChangeFigure> organisations = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      organisations.add(new ChangeFigure("Weg " + i, SampleInputs.type("CARE"), ChangeKind.GONE, 1 + i, 1));
    }
    List<String> labels = new ChangeDiagram(new ChangeInput("Dienst", "a", "b", organisations), ENGLISH).labels();
    assertEquals(ChangeSelection.MAX_ALWAYS + 1, labels.size());
    assertTrue(labels.contains("other Care, gone (30)"), labels.toString());
    assertTrue(labels.contains("Weg 129"), "the largest are kept");
  }

  @Test
  void writesPngAndSvgUnderTheBundlesNamesInBothLanguages() throws Exception {
    Path nl = Files.createDirectory(dir.resolve("nl"));
    Path en = Files.createDirectory(dir.resolve("en"));
    assertEquals(nl.resolve("verandering.png"), Diagrams.writeChange(nl, five(), DUTCH));
    assertEquals(en.resolve("change.png"), Diagrams.writeChange(en, five(), ENGLISH));
    assertTrue(Files.exists(nl.resolve("verandering.svg")));
    List<String> texts = Pictures.svgTexts(en.resolve("change.svg"));
    assertTrue(texts.containsAll(List.of("Kliq", "GGz", "CWI", "WPG", "SBK")), texts.toString());
    assertTrue(texts.contains("What changed in the contact network of Dienst: enquete-2023.xlsx \u2192 enquete-2024.xlsx"),
        texts.toString());
  }

  @Test
  void hasTheNetworkDiagramsSizeAndShowsGainedLostAndTypeColours() throws Exception {
    BufferedImage image = Pictures.png(Diagrams.writeChange(dir, five(), DUTCH));
    assertEquals(NetworkDiagram.WIDTH, image.getWidth());
    assertEquals(NetworkDiagram.HEIGHT, image.getHeight());
    assertTrue(image.getWidth() >= 1600 && image.getHeight() >= 1200);
    assertTrue(Pictures.colours(image, 0, 0, image.getWidth(), image.getHeight()).size() > 50, "looks blank");
    assertTrue(Pictures.contains(image, ChangeStyle.GAINED), "no gained colour");
    assertTrue(Pictures.contains(image, ChangeStyle.LOST), "no lost colour");
    for (ChangeFigure organisation : five().organisations()) {
      assertTrue(Pictures.contains(image, TypePalette.colour(organisation.type())), "no colour for " + organisation.type());
    }
  }

  @Test
  void sameInputGivesTheSameBytes() throws Exception {
    Path first = Files.createDirectory(dir.resolve("first"));
    Path second = Files.createDirectory(dir.resolve("second"));
    Diagrams.writeChange(first, large(), DUTCH);
    Diagrams.writeChange(second, large(), DUTCH);
    for (String name : List.of("verandering.png", "verandering.svg")) {
      assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
    }
  }

  @Test
  void emptyAndNastyInputsStillDraw() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Diagrams.writeChange(empty, new ChangeInput("Dienst", "a.xlsx", "b.xlsx", List.of()), DUTCH);
    Pictures.svgTexts(empty.resolve("verandering.svg"));

    String nasty = "<script>&\"'";
    Diagrams.writeChange(dir, new ChangeInput("Dienst & <Co>", "a.xlsx", "b.xlsx",
        List.of(new ChangeFigure(nasty, SampleInputs.type("CARE"), ChangeKind.GONE, 1, 1))), ENGLISH);
    assertFalse(Files.readString(dir.resolve("change.svg")).contains("<script"), "unescaped survey text");
    assertTrue(Pictures.svgTexts(dir.resolve("change.svg")).contains(nasty));
  }
}
