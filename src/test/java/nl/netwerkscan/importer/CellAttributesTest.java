package nl.netwerkscan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.junit.jupiter.api.Test;

class CellAttributesTest {

  @Test
  void columnsCountInBase26FromA() {
    assertEquals(0, column("A7"));
    assertEquals(25, column("Z7"));
    assertEquals(26, column("AA7"));
    assertEquals(27, column("AB12"));
    assertEquals(16_383, column("XFD1048576"));
  }

  @Test
  void aReferenceWithoutLettersOrFarTooLongIsOutOfRangeNotWrappedAround() {
    assertEquals(-1, column("12"));
    // 26^7 overflows an int: the count stops once past Excel's last column instead.
    assertTrue(column("ZZZZZZZZZZ1") >= SheetXmlParser.MAX_COLUMNS);
  }

  @Test
  void readsReferenceTypeAndStyleOfACell() throws XMLStreamException {
    CellAttributes cell = cell("<c r=\"B7\" t=\"inlineStr\" s=\"12\"/>");

    assertTrue(cell.hasReference());
    assertEquals(1, cell.column());
    assertEquals(CellAttributes.Type.INLINE, cell.type());
    assertEquals(12, cell.style());
  }

  @Test
  void aCellWithoutAttributesIsANumberInTheNextColumnWithStyleZero() throws XMLStreamException {
    CellAttributes cell = cell("<c/>");

    assertFalse(cell.hasReference());
    assertEquals(CellAttributes.Type.NUMBER, cell.type());
    assertEquals(0, cell.style());
  }

  @Test
  void eachTypeLetterAndUnknownTypes() throws XMLStreamException {
    assertEquals(CellAttributes.Type.NUMBER, cell("<c t=\"n\"/>").type());
    assertEquals(CellAttributes.Type.SHARED, cell("<c t=\"s\"/>").type());
    assertEquals(CellAttributes.Type.BOOLEAN, cell("<c t=\"b\"/>").type());
    assertEquals(CellAttributes.Type.OTHER, cell("<c t=\"str\"/>").type());
    assertEquals(CellAttributes.Type.OTHER, cell("<c t=\"e\"/>").type());
    assertEquals(CellAttributes.Type.OTHER, cell("<c t=\"inlinestr\"/>").type());
  }

  @Test
  void aStyleThatIsNoNumberIsADamagedSheet() {
    assertThrows(XMLStreamException.class, () -> cell("<c r=\"A1\" s=\"x\"/>"));
  }

  private static int column(String reference) {
    return CellAttributes.columnOf(reference.getBytes(StandardCharsets.US_ASCII), 0, reference.length());
  }

  private static CellAttributes cell(String xml) throws XMLStreamException {
    XMLStreamReader2 reader =
        (XMLStreamReader2) XlsxSource.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    while (reader.next() != XMLStreamConstants.START_ELEMENT) {
      // to the cell
    }
    CellAttributes attributes = new CellAttributes();
    attributes.read(reader);
    return attributes;
  }
}
