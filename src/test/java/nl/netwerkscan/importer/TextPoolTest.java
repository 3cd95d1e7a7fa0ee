package nl.netwerkscan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextPoolTest {
  @Test
  void equalTextsFromDifferentBuffersAreOneString() {
    TextPool pool = new TextPool();
    String first = pool.of("xxGeldZorgyy".toCharArray(), 2, 8);
    String second = pool.of("GeldZorg".toCharArray(), 0, 8);
    assertEquals("GeldZorg", first);
    assertSame(first, second);
    assertSame(first, pool.of(new String("GeldZorg")));
    assertEquals(1, pool.size());
  }

  @Test
  void keepsEveryTextThroughGrowthAndTellsCollidingTextsApart() {
    TextPool pool = new TextPool();
    // "Aa" and "BB" have the same String hash code.
    String aa = pool.of("Aa");
    String bb = pool.of("BB");
    assertEquals("BB", bb);
    assertNotSame(aa, bb);
    String[] made = new String[5000];
    for (int i = 0; i < made.length; i++) {
      made[i] = pool.of("name " + i);
    }
    for (int i = 0; i < made.length; i++) {
      assertSame(made[i], pool.of("name " + i));
    }
    assertSame(aa, pool.of("Aa"));
    assertEquals(5002, pool.size());
  }

  @Test
  void stopsKeepingTextsAtItsLimitButStillMakesThem() {
    TextPool pool = new TextPool();
    for (int i = 0; i < TextPool.MAX_SIZE; i++) {
      pool.of(Integer.toString(i));
    }
    String beyond = pool.of("one more");
    assertEquals("one more", beyond);
    assertNotSame(beyond, pool.of("one more"));
    assertEquals(TextPool.MAX_SIZE, pool.size());
  }

  /** The parser's shortcut for whole numbers must give exactly what CellText.number gives. */
  @ParameterizedTest
  @ValueSource(
      strings = {"3", "3.0", "12.000", "0", "0.0", "007", "007.0", "-1", "-0.0", "1.5", "3.", "1E3", "2.50",
        "123456789012345", "123456789012345.0", "1234567890123456", " 3", ""})
  void wholeNumberShortcutAgreesWithCellText(String stored) {
    SheetXmlParser.TextBuffer buffer = new SheetXmlParser.TextBuffer();
    buffer.append(stored.toCharArray(), 0, stored.length());
    int length = buffer.plainIntegerLength();
    if (length > 0) {
      assertEquals(CellText.number(stored), stored.substring(0, length));
    }
  }

  @Test
  void wholeNumberShortcutTakesTheCommonForms() {
    assertEquals(1, lengthOf("3.0"));
    assertEquals(2, lengthOf("12"));
    assertEquals(1, lengthOf("0.0"));
    assertEquals(0, lengthOf("007"));
    assertEquals(0, lengthOf("-1"));
    assertEquals(0, lengthOf("2.5"));
    assertEquals(0, lengthOf("1234567890123456"));
  }

  @Test
  void sharedStringIndexIsReadLikeParseInt() {
    assertEquals(42, indexOf(" 42\n"));
    assertEquals(0, indexOf("0"));
    org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> indexOf("4x"));
    org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> indexOf(" "));
    org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> indexOf("99999999999"));
  }

  private static int lengthOf(String stored) {
    SheetXmlParser.TextBuffer buffer = new SheetXmlParser.TextBuffer();
    buffer.append(stored.toCharArray(), 0, stored.length());
    return buffer.plainIntegerLength();
  }

  private static int indexOf(String stored) {
    SheetXmlParser.TextBuffer buffer = new SheetXmlParser.TextBuffer();
    buffer.append(stored.toCharArray(), 0, stored.length());
    return buffer.index();
  }
}
