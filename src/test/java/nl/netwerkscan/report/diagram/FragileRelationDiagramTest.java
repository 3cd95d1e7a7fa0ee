package nl.netwerkscan.report.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.netwerkscan.report.diagram.FragileRelation.Carrier;
import nl.netwerkscan.report.diagram.FragileRelation.Mention;
import nl.netwerkscan.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragileRelationDiagramTest {
  @TempDir Path dir;

  @Test
  void theCarrierIsMarkedInRed() throws Exception {
    Diagrams.write(dir, SampleInputs.study(20), Messages.of(Messages.DUTCH));
    for (String name : List.of("risico-mtw-museum-technische-werken.png", "risico-geldzorg.png")) {
      BufferedImage image = Pictures.png(dir.resolve(name));
      assertEquals(1600, image.getWidth());
      assertTrue(Pictures.contains(image, Canvas.HIGH_RISK), name + " has no red carrier mark");
      assertTrue(Pictures.contains(image, TypePalette.colour(SampleInputs.type(name.contains("geld") ? "FINANCE" : "WORK"))));
    }
  }

  @Test
  void manyStaffMakeATallerPicture() throws Exception {
    List<String> staff = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      staff.add("Medewerker " + i);
      mentions.add(new Mention(i, 0, 1));
    }
    FragileRelation relation =
        new FragileRelation("Kliq", SampleInputs.type("WORK"), staff, List.of(Optional.empty()), mentions,
            List.of(new Carrier(false, 0)));
    Diagrams.write(dir, new DiagramInput("Dienst", OptionalInt.empty(), List.of(), List.of(), List.of(relation)),
        Messages.of(Messages.ENGLISH));

    BufferedImage image = Pictures.png(dir.resolve("risk-kliq.png"));
    assertTrue(image.getHeight() >= 40 * 50, "rows would overlap: " + image.getHeight());
  }

  @Test
  void aMentionOutsideTheListsIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new FragileRelation("X", SampleInputs.type("WORK"), List.of("A"), List.of(Optional.empty()),
            List.of(new Mention(0, 1, 1)), List.of()));
  }
}
