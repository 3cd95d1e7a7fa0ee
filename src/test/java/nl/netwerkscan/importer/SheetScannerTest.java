package nl.netwerkscan.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte scanner against Aalto's StAX path on the same sheet XML: every case gives concrete
 * cells, and the scanner must give exactly what the general parser gives, including refusals.
 */
class SheetScannerTest {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  @Test
  void referencesAndUtf8BecomeTheirCharacters() throws Exception {
    String row = "<row r=\"2\">" + inline("A2", "Wonen &amp; Zorg &lt;Noord&gt; &quot;&apos;")
        + inline("B2", "Co&#246;rdinatie caf\u00e9 &#x1F600;") + "</row>";

    assertArrayEquals(
        new String[] {"Wonen & Zorg <Noord> \"'", "Co\u00f6rdinatie caf\u00e9 \uD83D\uDE00"}, bothWays(row).get(0));
  }

  @Test
  void cdataCommentsAndProcessingInstructionsAreReadAsXmlHasThem() throws Exception {
    String row = "<row r=\"3\"><!-- a <c> in a comment is no cell --><?pi ignored?>"
        + "<c r=\"A3\" t=\"inlineStr\"><is><t><![CDATA[a < b & c]]></t></is></c></row>";

    assertArrayEquals(new String[] {"a < b & c"}, bothWays(row).get(0));
  }

  @Test
  void prefixedNamesQuotesAndSpacingInsideTags() throws Exception {
    String sheet = DECLARATION + "<x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetData>"
        + "<x:row r='4'><x:c \n r = 'B4'\tt='inlineStr' ><x:is><x:t>Werkplein</x:t></x:is></x:c>"
        + "<x:c r=\"C4\" s=\"0\"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>";

    List<String[]> rows = bothWaysWhole(sheet);

    assertEquals(1, rows.size());
    assertArrayEquals(new String[] {null, "Werkplein", "3"}, rows.get(0));
  }

  /** Legal though no writer does it: a '>' inside a quoted value does not end the tag. */
  @Test
  void aGreaterThanSignInsideAQuotedValueDoesNotEndTheTag() throws Exception {
    // x:r is not the row's r (the StAX path asks for r without a namespace): row 8, no error
    String row = "<row x:r='a>b' r=\"8\" x:note='a>b' xmlns:x=\"urn:x\"><c r=\"A8\" x:y=\"1>0\" t=\"inlineStr\"><is>"
        + "<t x:z=\"/>\">een</t></is></c><c r=\"B8\" t=\"s>\"><v>7</v></c></row>";

    List<String[]> rows = bothWays(row);

    assertEquals(1, rows.size());
    assertArrayEquals(new String[] {"een", "7"}, rows.get(0));
  }

  @Test
  void richTextRunsJoinAndLineEndsBecomeNewlines() throws Exception {
    String row = "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>Werk</t></r>"
        + "<r><t xml:space=\"preserve\"> plein</t></r></is></c>"
        + inline("B5", "regel 1\r\nregel 2\rregel 3\nregel 4") + "</row>";

    assertArrayEquals(new String[] {"Werk plein", "regel 1\nregel 2\nregel 3\nregel 4"}, bothWays(row).get(0));
  }

  @Test
  void emptyElementsRowsAndCellsWithoutReferences() throws Exception {
    String rows = "<row r=\"6\"/><row r=\"7\"><c r=\"A7\" s=\"1\"/><c r=\"B7\"><v/></c>"
        + "<c r=\"C7\" t=\"b\"><v>1</v></c></row><row><c t=\"inlineStr\"><is><t>x</t></is></c><c><v>2.0</v></c></row>";

    List<RawRow> read = parse(rows, true);

    assertEquals(List.of(6, 7, 8), read.stream().map(RawRow::number).toList());
    assertArrayEquals(new String[] {}, read.get(0).cells());
    assertArrayEquals(new String[] {null, null, "TRUE"}, read.get(1).cells());
    assertArrayEquals(new String[] {"x", "2"}, read.get(2).cells());
    assertSameRows(parse(rows, false), read);
  }

  @Test
  void sharedStringIndicesAndAByteOrderMark() throws Exception {
    String strings = "<sst xmlns=\"" + MAIN + "\"><si><t>GGz Noord</t></si><si><r><t>Schuld</t></r><r><t>hulp</t></r></si></sst>";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String sheet = DECLARATION + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">"
        + "<c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v> 0 </v></c></row></sheetData></worksheet>";
    byte[] bytes = concat(bom, sheet.getBytes(StandardCharsets.UTF_8));

    assertTrue(SheetScanner.reads(bytes));
    List<RawRow> read = run(bytes, strings, true);
    assertArrayEquals(new String[] {"Schuldhulp", "GGz Noord"}, read.get(0).cells());
    assertSameRows(run(bytes, strings, false), read);
  }

  /**
   * Many rows of mixed texts pass the scanner's 64 KB buffer many times over, so names, texts,
   * references and two-byte characters are cut at every kind of place between reads; one text
   * is longer than the buffer itself.
   */
  @Test
  void tokensCutByTheBufferAreReadWhole() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 6_000; r++) {
      rows.append("<row r=\"").append(r).append("\" spans=\"1:3\">")
          .append(inline("A" + r, "caf\u00e9 " + r + " &amp; " + "\u00eb".repeat(r % 7)))
          .append("<c r=\"B").append(r).append("\" s=\"2\"><v>").append(r % 5 + 1).append("</v></c>");
      if (r == 3_000) {
        rows.append(inline("C" + r, "lang ".repeat(30_000)));
      }
      rows.append("</row>");
    }

    List<RawRow> read = parse(rows.toString(), true);

    assertEquals(6_000, read.size());
    assertArrayEquals(new String[] {"caf\u00e9 7 & ", "3"}, read.get(6).cells());
    assertEquals("lang ".repeat(30_000), read.get(2_999).cells()[2]);
    assertEquals("caf\u00e9 5998 & \u00eb\u00eb\u00eb\u00eb\u00eb\u00eb", read.get(5_997).cells()[0]);
    assertSameRows(parse(rows.toString(), false), read);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<row r=\"1\"><c r=\"A1\"><v>1</v></row>", // an end tag that closes no open element
        "<row r=\"1\">" + "<c r=\"A1\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>", // unknown entity
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a & b</t></is></c></row>", // a bare ampersand
        "<row r=\"1\"><c r=\"A1 t=\"s\"><v>0</v></c></row>", // a broken attribute
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c>", // the sheet ends inside the row
      })
  void damagedXmlIsRefusedByBothWays(String rows) {
    assertThrows(SheetScanner.DamagedSheet.class, () -> parse(rows, true));
    // Aalto throws its checked or, for some errors, its unchecked stream exception
    assertThrows(Exception.class, () -> parse(rows, false));
  }

  @Test
  void elementsNestedBeyondTheLimitAreRefused() throws Exception {
    int levels = SheetScanner.MAX_DEPTH - 2; // worksheet and sheetData are open around them
    String fits = "<x>".repeat(levels) + "</x>".repeat(levels);

    assertEquals(0, parse(fits, true).size());
    assertThrows(SheetScanner.DamagedSheet.class, () -> parse("<x>" + fits + "</x>", true));
  }

  @Test
  void bytesThatAreNotUtf8AndADoctypeAreRefused() {
    byte[] latin1 = sheet("<row r=\"1\">" + inline("A1", "caf\u00e9") + "</row>").getBytes(StandardCharsets.ISO_8859_1);
    byte[] doctype = ("<!DOCTYPE worksheet [<!ENTITY x \"y\">]>"
        + sheet("<row r=\"1\">" + inline("A1", "a") + "</row>")).getBytes(StandardCharsets.UTF_8);

    assertThrows(SheetScanner.DamagedSheet.class, () -> run(latin1, null, true));
    assertThrows(SheetScanner.DamagedSheet.class, () -> run(doctype, null, true));
  }

  @Test
  void aSheetDeclaredInAnotherEncodingGoesToTheGeneralParser() throws Exception {
    String sheet = "<?xml version='1.0' encoding='ISO-8859-1'?>" + sheet("<row r=\"1\">" + inline("A1", "caf\u00e9") + "</row>");
    byte[] bytes = sheet.getBytes(Charset.forName("ISO-8859-1"));

    assertFalse(SheetScanner.reads(bytes));
    assertTrue(SheetScanner.reads(DECLARATION.getBytes(StandardCharsets.UTF_8)));
    assertTrue(SheetScanner.reads("<worksheet/>".getBytes(StandardCharsets.UTF_8)));
    assertArrayEquals(new String[] {"caf\u00e9"}, run(bytes, null, true).get(0).cells());
  }

  /**
   * Sheets drawn at random from what the XML of a sheet may hold (prefixes, quotes and spacing in
   * tags, unknown elements and attributes, comments, CDATA, references, line ends, characters
   * beyond ASCII, cells of every type): the scanner must give exactly the rows Aalto gives.
   */
  @Test
  void randomSheetsGiveWhatTheGeneralParserGives() throws Exception {
    java.util.Random random = new java.util.Random(20261207);
    int cells = 0;
    for (int sheet = 0; sheet < 300; sheet++) {
      String xml = randomSheet(random);
      byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
      List<RawRow> scanned = run(bytes, null, true);
      assertSameRows(run(bytes, null, false), scanned);
      cells += scanned.stream().mapToInt(r -> r.cells().length).sum();
    }
    assertTrue(cells > 3_000, "cells read: " + cells);
  }

  private static String randomSheet(java.util.Random random) {
    String prefix = random.nextBoolean() ? "" : "x:";
    String namespace = prefix.isEmpty() ? "xmlns=\"" + MAIN + "\" xmlns:x=\"urn:x\"" : "xmlns:x=\"" + MAIN + "\"";
    StringBuilder xml = new StringBuilder(random.nextBoolean() ? DECLARATION : "");
    xml.append('<').append(prefix).append("worksheet ").append(namespace).append('>');
    xml.append(noise(random, prefix)).append('<').append(prefix).append("sheetData>");
    int rows = random.nextInt(12);
    for (int r = 1; r <= rows; r++) {
      xml.append('<').append(prefix).append("row").append(attribute(random, "r", String.valueOf(r)));
      if (random.nextInt(6) == 0) {
        xml.append(attribute(random, "spans", "1:3"));
      }
      xml.append(space(random)).append('>');
      int columns = random.nextInt(6);
      for (int c = 0; c < columns; c++) {
        xml.append(noise(random, prefix)).append(randomCell(random, prefix, (char) ('A' + c) + String.valueOf(r)));
      }
      xml.append("</").append(prefix).append("row").append(space(random)).append('>');
    }
    xml.append("</").append(prefix).append("sheetData>").append(noise(random, prefix));
    xml.append("</").append(prefix).append("worksheet>");
    return xml.toString();
  }

  private static String randomCell(java.util.Random random, String prefix, String reference) {
    String open = '<' + prefix + "c" + attribute(random, "r", reference);
    String close = "</" + prefix + "c>";
    return switch (random.nextInt(5)) {
      case 0 -> open + attribute(random, "t", "inlineStr") + space(random) + "><" + prefix + "is><" + prefix + "t"
          + (random.nextBoolean() ? " xml:space=\"preserve\"" : "") + ">" + randomText(random) + "</" + prefix
          + "t></" + prefix + "is>" + close;
      case 1 -> open + attribute(random, "s", String.valueOf(random.nextInt(3))) + "><" + prefix + "v>"
          + (random.nextInt(10) + (random.nextBoolean() ? ".0" : ".25")) + "</" + prefix + "v>" + close;
      case 2 -> open + attribute(random, "t", "b") + "><" + prefix + "v>" + random.nextInt(2) + "</" + prefix + "v>" + close;
      case 3 -> open + attribute(random, "t", "str") + "><" + prefix + "f>A1&amp;B1</" + prefix + "f><" + prefix + "v>"
          + randomText(random) + "</" + prefix + "v>" + close;
      default -> open + attribute(random, "s", "1") + space(random) + "/>";
    };
  }

  private static final String[] PIECES = {
    "GGz Noord", "Wonen &amp; Zorg", "&lt;b&gt;", "&#233;", "&#x1F600;", "caf\u00e9", "\u00eb\u00ef", "\uD83D\uDE00",
    " ", "\r\n", "\r", "\n", "\t", "\"", "'", ">", "<![CDATA[a < b & c]]>", "<!-- note -->", "<?pi x?>", "1.0",
  };

  private static String randomText(java.util.Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(5); i > 0; i--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  /** An attribute with either quote and any spacing, sometimes with an unknown one before it. */
  private static String attribute(java.util.Random random, String name, String value) {
    char quote = random.nextBoolean() ? '"' : '\'';
    String unknown = random.nextInt(5) == 0 ? " x:" + name + "x=" + quote + "a>b" + quote : "";
    return unknown + (random.nextBoolean() ? " " : "\n\t ") + name + space(random) + "=" + space(random) + quote + value + quote;
  }

  private static String space(java.util.Random random) {
    return random.nextInt(4) == 0 ? " \n" : "";
  }

  /** Between elements: nothing, white space, a comment, a processing instruction or an unknown element. */
  private static String noise(java.util.Random random, String prefix) {
    return switch (random.nextInt(6)) {
      case 0 -> " \r\n ";
      case 1 -> "<!-- a <c> in a comment -->";
      case 2 -> "<?mso-application progid=\"Excel.Sheet\"?>";
      case 3 -> "<" + prefix + "extLst><" + prefix + "ext uri='{x}'><x:y a=\"1\"/></" + prefix + "ext></" + prefix + "extLst>";
      default -> "";
    };
  }

  private static String inline(String reference, String text) {
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private static String sheet(String rows) {
    return "<worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"A1:C9\"/><sheetData>" + rows + "</sheetData></worksheet>";
  }

  /** The rows' cells by the scanner, after checking that the StAX path gives the same rows. */
  private static List<String[]> bothWays(String rows) throws Exception {
    return bothWaysWhole(DECLARATION + sheet(rows));
  }

  private static List<String[]> bothWaysWhole(String sheet) throws Exception {
    byte[] bytes = sheet.getBytes(StandardCharsets.UTF_8);
    List<RawRow> scanned = run(bytes, null, true);
    assertSameRows(run(bytes, null, false), scanned);
    return scanned.stream().map(RawRow::cells).toList();
  }

  private static List<RawRow> parse(String rows, boolean scanner) throws Exception {
    return run((DECLARATION + sheet(rows)).getBytes(StandardCharsets.UTF_8), null, scanner);
  }

  private static void assertSameRows(List<RawRow> expected, List<RawRow> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).number(), actual.get(i).number());
      assertArrayEquals(expected.get(i).cells(), actual.get(i).cells(), "row " + expected.get(i).number());
    }
  }

  private static List<RawRow> run(byte[] sheet, String strings, boolean scanner) throws Exception {
    String table = strings != null ? strings : "<sst xmlns=\"" + MAIN + "\"/>";
    SheetXmlParser parser = new SheetXmlParser(
        SharedStringTexts.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))),
        new DateStyles(null), ImportProgress.NONE);
    List<RawRow> read = new ArrayList<>();
    if (scanner) {
      parser.parse(new ByteArrayInputStream(sheet), read::add);
    } else {
      parser.parseWithStax(new ByteArrayInputStream(sheet), read::add);
    }
    return read;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }
}
