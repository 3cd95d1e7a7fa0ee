package nl.netwerkscan.report.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.OrganisationType.BuiltIn;
import nl.netwerkscan.report.diagram.FragileRelation.Carrier;
import nl.netwerkscan.report.diagram.FragileRelation.Mention;
import nl.netwerkscan.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagramsNamingTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MTW (Museum Technische Werken)|mtw-museum-technische-werken",
        "Café 't Hoekje|cafe-t-hoekje",
        "Prové|prove",
        "<script>&\"|script",
        "***|organisatie",
        "../../etc/passwd|etc-passwd"
      })
  void slugsAreFileNameSafe(String name, String slug) {
    assertEquals(slug, Diagrams.slug(name));
  }

  @Test
  void slugsAreShortEnough() {
    assertTrue(Diagrams.slug("a".repeat(300)).length() <= 60);
  }

  @Test
  void organisationsWithTheSameSlugGetNumberedFiles() throws Exception {
    FragileRelation first = relation("GGz!");
    FragileRelation second = relation("GGZ");
    Diagrams.write(dir, new DiagramInput("Dienst", OptionalInt.empty(), List.of(), List.of(), List.of(first, second)),
        Messages.of(Messages.DUTCH));
    assertTrue(Files.exists(dir.resolve("risico-ggz.png")));
    assertTrue(Files.exists(dir.resolve("risico-ggz-2.png")));
  }

  @Test
  void everyBuiltInTypeHasItsOwnColour() {
    Set<Color> colours = new HashSet<>();
    for (BuiltIn type : BuiltIn.values()) {
      colours.add(TypePalette.colour(OrganisationType.of(type)));
    }
    assertEquals(BuiltIn.values().length, colours.size());
    assertEquals("0072B2", TypePalette.hex(OrganisationType.of(BuiltIn.CWI)));
  }

  @Test
  void aCustomTypeKeepsItsColour() {
    Color colour = TypePalette.colour(OrganisationType.custom("Politie"));
    assertEquals(colour, TypePalette.colour(OrganisationType.custom("Politie")));
    assertNotEquals(TypePalette.colour(OrganisationType.UNKNOWN), colour);
  }

  private static FragileRelation relation(String organisation) {
    return new FragileRelation(organisation, OrganisationType.of(BuiltIn.CARE), List.of("A"),
        List.of(Optional.of("B")), List.of(new Mention(0, 0, 3)), List.of(new Carrier(false, 0)));
  }
}
