package nl.netwerkscan.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * A workbook's shared-strings table, read by POI, with each entry's text kept as a plain string
 * too, phonetic runs left out. POI hands out an entry only wrapped in a new rich-text object, and
 * making one costs an XMLBeans document of its own: for a million-row survey's 78,000 distinct
 * texts, about half a second on the thread that parses the sheet, which is what the reading
 * waits on. The plain text is collected from the same SAX events POI reads the table with, by the
 * same rules (the text of every {@code t} in an {@code si}, runs joined, none of a {@code rPh});
 * an entry holding an {@code _xHHHH_} escape, which only POI's rich text decodes, still comes from
 * POI, and so does the error for an index beyond the table. SharedStringTextsTest compares every
 * entry with POI's on tables with runs, phonetic runs, escapes and spaces.
 */
final class SharedStringTexts extends ReadOnlySharedStringsTable {
  private final List<String> texts = new ArrayList<>();
  private final StringBuilder text = new StringBuilder(64);
  private boolean tableOpen;
  private boolean inText;
  private boolean inPhonetic;

  private SharedStringTexts() throws IOException, SAXException {
    // POI's constructors read at once, before this class's fields exist; an empty stream reads
    // nothing, and readFrom then reads the table with both handlers ready.
    super(InputStream.nullInputStream(), /* includePhoneticRuns= */ false);
  }

  /** Reads the table; the stream is not closed. */
  static SharedStringTexts read(InputStream table) throws IOException, SAXException {
    SharedStringTexts strings = new SharedStringTexts();
    strings.readFrom(table);
    return strings;
  }

  /** A workbook without a shared-strings table: every index is beyond it. */
  static SharedStringTexts empty() throws IOException, SAXException {
    return new SharedStringTexts();
  }

  /** The text of entry {@code index}, as POI's {@code getItemAt(index).getString()} gives it. */
  String text(int index) {
    if (index < 0 || index >= texts.size()) {
      return getItemAt(index).getString(); // POI's own refusal of an index beyond the table
    }
    String plain = texts.get(index);
    return plain.contains("_x") ? getItemAt(index).getString() : plain;
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes attributes)
      throws SAXException {
    super.startElement(uri, localName, name, attributes);
    if (uri != null && !uri.equals(XSSFRelation.NS_SPREADSHEETML)) {
      return;
    }
    switch (localName) {
      case "sst" -> tableOpen = true;
      case "si" -> text.setLength(0);
      case "t" -> inText = true;
      case "rPh" -> inPhonetic = true;
      default -> {}
    }
  }

  @Override
  public void endElement(String uri, String localName, String name) throws SAXException {
    super.endElement(uri, localName, name);
    if (uri != null && !uri.equals(XSSFRelation.NS_SPREADSHEETML)) {
      return;
    }
    switch (localName) {
      case "si" -> {
        if (tableOpen) {
          texts.add(text.toString());
        }
      }
      case "t" -> inText = false;
      case "rPh" -> inPhonetic = false;
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    super.characters(ch, start, length);
    if (inText && !inPhonetic) {
      text.append(ch, start, length);
    }
  }
}
