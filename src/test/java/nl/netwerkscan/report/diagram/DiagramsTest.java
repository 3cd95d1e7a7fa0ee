package nl.netwerkscan.report.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import nl.netwerkscan.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramsTest {
  private static final Messages DUTCH = Messages.of(Messages.DUTCH);
  private static final Messages ENGLISH = Messages.of(Messages.ENGLISH);

  @TempDir Path dir;

  @Test
  void writesEveryPictureUnderTheContractsNamesInBothLanguages() throws Exception {
    Path nl = Files.createDirectory(dir.resolve("nl"));
    Path en = Files.createDirectory(dir.resolve("en"));
    Diagrams.write(nl, SampleInputs.study(90), DUTCH);
    Diagrams.write(en, SampleInputs.study(90), ENGLISH);

    assertEquals(
        Set.of("netwerk.png", "netwerk.svg", "afstanden.png", "afstanden.svg",
            "risico-mtw-museum-technische-werken.png", "risico-geldzorg.png"),
        names(nl));
    assertEquals(
        Set.of("network.png", "network.svg", "distances.png", "distances.svg",
            "risk-mtw-museum-technische-werken.png", "risk-geldzorg.png"),
        names(en));
  }

  @Test
  void theExampleSurveyGivesAPictureForEachHighRiskOrganisation() throws Exception {
    DiagramInput input = ExampleSurvey.read();
    Diagrams.Written written = Diagrams.write(dir, input, DUTCH);

    assertTrue(input.organisations().size() > 60, "the example should exercise gathering");
    assertEquals(input.fragileRelations().size(), written.fragile().size());
    assertTrue(written.fragile().containsKey("GeldZorg"), written.fragile().keySet().toString());
    assertEquals(dir.resolve("netwerk.png"), written.network());
    for (Path picture : written.fragile().values()) {
      assertTrue(Pictures.contains(Pictures.png(picture), Canvas.HIGH_RISK), picture + " lacks its carrier");
    }
  }

  @Test
  void runsHeadless() {
    assertTrue(GraphicsEnvironment.isHeadless());
  }

  @Test
  void networkAndDistancePicturesHaveThePromisedSizeAndAreNotBlank() throws Exception {
    Diagrams.write(dir, SampleInputs.study(90), DUTCH);
    for (String name : List.of("netwerk.png", "afstanden.png")) {
      BufferedImage image = Pictures.png(dir.resolve(name));
      assertTrue(image.getWidth() >= 1600 && image.getHeight() >= 1200, name + " too small");
      assertTrue(Pictures.colours(image, 0, 0, image.getWidth(), image.getHeight()).size() > 50, name + " looks blank");
    }
  }

  @Test
  void networkLegendShowsEveryTypeColour() throws Exception {
    Diagrams.write(dir, SampleInputs.study(90), DUTCH);
    BufferedImage image = Pictures.png(dir.resolve("netwerk.png"));
    Set<Integer> legend = Pictures.colours(image, 1850, 150, 510, 700);
    assertTrue(legend.size() > 20, "legend area is empty");
    for (TypeDistances type : SampleInputs.distances()) {
      assertTrue(legend.contains(TypePalette.colour(type.type()).getRGB() & 0xFFFFFF), "legend lacks " + type.type());
    }
  }

  @Test
  void distanceLegendShowsEveryTypeColour() throws Exception {
    Diagrams.write(dir, SampleInputs.study(90), DUTCH);
    BufferedImage image = Pictures.png(dir.resolve("afstanden.png"));
    Set<Integer> legend = Pictures.colours(image, 1600, 950, 780, 380);
    for (TypeDistances type : SampleInputs.distances()) {
      assertTrue(legend.contains(TypePalette.colour(type.type()).getRGB() & 0xFFFFFF), "legend lacks " + type.type());
    }
  }

  @Test
  void sameInputGivesTheSameBytes() throws Exception {
    Path first = Files.createDirectory(dir.resolve("first"));
    Path second = Files.createDirectory(dir.resolve("second"));
    Diagrams.write(first, SampleInputs.study(120), DUTCH);
    Diagrams.write(second, SampleInputs.study(120), DUTCH);
    for (String name : names(first)) {
      assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
    }
  }

  @Test
  void svgIsXmlWithTheOrganisationLabelsAsText() throws Exception {
    Diagrams.write(dir, SampleInputs.study(40), ENGLISH);
    List<String> texts = Pictures.svgTexts(dir.resolve("network.svg"));
    for (OrganisationFigure organisation : SampleInputs.organisations(40, 42)) {
      assertTrue(texts.contains(organisation.name()), organisation.name() + " not in " + texts);
    }
    assertTrue(texts.contains("other Work (8)") || texts.stream().noneMatch(t -> t.startsWith("other")));
    List<String> distanceTexts = Pictures.svgTexts(dir.resolve("distances.svg"));
    assertTrue(distanceTexts.containsAll(List.of("CWI", "Education", "Trust", "Mean of the seven aspects")));
  }

  @Test
  void aVeryLongOrganisationNameIsShortenedWithAnEllipsis() throws Exception {
    String name = "Stichting Maatschappelijke Dienstverlening en Schuldhulpverlening Noord-Groningen";
    DiagramInput input =
        new DiagramInput("Dienst", OptionalInt.empty(),
            List.of(new OrganisationFigure(name, SampleInputs.type("CARE"), 5, 2, RiskLevel.LOW)),
            List.of(), List.of());
    Diagrams.write(dir, input, ENGLISH);
    assertTrue(
        Pictures.svgTexts(dir.resolve("network.svg")).stream()
            .anyMatch(t -> t.endsWith("…") && name.startsWith(t.substring(0, t.length() - 1))));
  }

  @Test
  void noPersonNameInTheNetworkOrDistancePictures() throws Exception {
    Diagrams.write(dir, SampleInputs.study(90), DUTCH);
    String network = Files.readString(dir.resolve("netwerk.svg"), StandardCharsets.UTF_8);
    String distances = Files.readString(dir.resolve("afstanden.svg"), StandardCharsets.UTF_8);
    for (FragileRelation relation : List.of(SampleInputs.mtw(), SampleInputs.geldZorg())) {
      Stream.concat(relation.staff().stream(), relation.persons().stream().flatMap(java.util.Optional::stream))
          .forEach(name -> {
            assertFalse(network.contains(name), name + " in netwerk.svg");
            assertFalse(distances.contains(name), name + " in afstanden.svg");
          });
    }
  }

  @Test
  void surveyTextIsEscapedInTheSvg() throws Exception {
    String nasty = "<script>&\"'";
    DiagramInput input =
        new DiagramInput("Dienst & <Co>", OptionalInt.empty(),
            List.of(new OrganisationFigure(nasty, SampleInputs.type("CARE"), 5, 2, RiskLevel.HIGH),
                new OrganisationFigure("GGz", SampleInputs.type("CARE"), 3, 3, RiskLevel.LOW)),
            SampleInputs.distances(), List.of());
    Diagrams.write(dir, input, ENGLISH);
    String raw = Files.readString(dir.resolve("network.svg"), StandardCharsets.UTF_8);
    assertFalse(raw.contains("<script"), "unescaped survey text in the SVG");
    List<String> texts = Pictures.svgTexts(dir.resolve("network.svg"));
    assertTrue(texts.contains(nasty), texts.toString());
    assertTrue(texts.contains("Contact network of Dienst & <Co>"), texts.toString());
  }

  @Test
  void emptyAndTinyInputsStillDraw() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Diagrams.write(empty, new DiagramInput("Dienst", OptionalInt.empty(), List.of(), List.of(), List.of()), DUTCH);
    Pictures.svgTexts(empty.resolve("netwerk.svg"));
    Pictures.svgTexts(empty.resolve("afstanden.svg"));

    Path one = Files.createDirectory(dir.resolve("one"));
    DiagramInput single =
        new DiagramInput("Dienst", OptionalInt.of(2024),
            List.of(new OrganisationFigure("CWI", SampleInputs.type("CWI"), 1, 1, RiskLevel.LOW)),
            List.of(TypeDistances.of(SampleInputs.type("CWI"), 0.2, 0.2)), List.of());
    Diagrams.write(one, single, DUTCH);
    assertTrue(Pictures.svgTexts(one.resolve("netwerk.svg")).contains("CWI"));
  }

  private static Set<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
    }
  }
}
