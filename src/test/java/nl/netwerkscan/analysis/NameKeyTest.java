package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void ignoresCaseAccentsSpacesAndPunctuation() {
    assertEquals("jdevries", NameKey.of("J. de Vries"));
    assertEquals("jdevries", NameKey.of(" j.DE-vries "));
    assertEquals("muller", NameKey.of("Müller"));
    assertEquals("francoiseoconnor", NameKey.of("Françoise O'Connor"));
    assertEquals("prove", NameKey.of("Prové"));
    assertEquals("a2b", NameKey.of("A-2 b"));
    assertEquals("", NameKey.of(" .,- "));
  }
}
