package nl.netwerkscan.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sheet XML through the parser thread and the batches to the reading thread: each text must
 * land in its own row and column, across batches, and a cell given twice keeps its last value.
 */
class SheetXmlParserTest {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  @Test
  void textsLandInTheirOwnRowsAcrossBatches() throws Exception {
    int rows = RowPipeline.BATCH * 2 + 7;
    StringBuilder xml = new StringBuilder();
    for (int r = 1; r <= rows; r++) {
      xml.append("<row r=\"").append(r).append("\">")
          .append(inline("A" + r, "naam " + r))
          .append("<c r=\"C").append(r).append("\"><v>").append(r % 5 + 1).append(".0</v></c>")
          .append("</row>");
    }

    List<RawRow> read = parse(xml.toString());

    assertEquals(rows, read.size());
    for (int r = 1; r <= rows; r++) {
      RawRow row = read.get(r - 1);
      assertEquals(r, row.number());
      assertArrayEquals(new String[] {"naam " + r, null, String.valueOf(r % 5 + 1)}, row.cells());
    }
  }

  @Test
  void aCellGivenTwiceInARowKeepsItsLastValueWhateverItsKind() throws Exception {
    String row =
        "<row r=\"2\">"
            + inline("A2", "eerst") + "<c r=\"A2\" t=\"b\"><v>1</v></c>" // boolean after text
            + "<c r=\"B2\" t=\"b\"><v>0</v></c>" + inline("B2", "later") // text after boolean
            + inline("C2", "een") + inline("C2", "twee") // text after text
            + "<c r=\"D2\" t=\"b\"><v>0</v></c><c r=\"D2\" t=\"b\"><v>1</v></c>" // boolean after boolean
            + "</row>";

    List<RawRow> read = parse(row);

    assertArrayEquals(new String[] {"TRUE", "later", "twee", "TRUE"}, read.get(0).cells());
  }

  @Test
  void equalTextsInDifferentRowsAreOneString() throws Exception {
    List<RawRow> read =
        parse("<row r=\"1\">" + inline("A1", "GGz Noord") + "</row><row r=\"2\">" + inline("A2", "GGz Noord") + "</row>");

    assertSame(read.get(0).cells()[0], read.get(1).cells()[0]);
  }

  private static String inline(String reference, String text) {
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private static List<RawRow> parse(String rows) throws Exception {
    String sheet = "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    SharedStringTexts strings =
        SharedStringTexts.read(new ByteArrayInputStream(("<sst xmlns=\"" + MAIN + "\"/>").getBytes(StandardCharsets.UTF_8)));
    SheetXmlParser parser = new SheetXmlParser(strings, new DateStyles(null), ImportProgress.NONE);
    List<RawRow> read = new ArrayList<>();
    RowPipeline.run(
        sink -> parser.parse(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)), sink), read::add);
    return read;
  }
}
