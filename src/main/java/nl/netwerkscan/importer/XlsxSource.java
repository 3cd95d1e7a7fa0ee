package nl.netwerkscan.importer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;

/**
 * Streams an .xlsx workbook: the sheet XML is pulled element by element (StAX) and only the
 * shared-strings table is kept in memory, so a million-row survey reads in bounded memory (the
 * POI usermodel would need ~10 GB, tech-notes.md). Formula cells give their cached value; a
 * formula is never evaluated.
 */
final class XlsxSource implements SheetSource {
  private final String fileName;
  private final OPCPackage pkg;
  private final XSSFReader reader;
  private final Map<String, String> sheetParts = new LinkedHashMap<>();
  private ReadOnlySharedStringsTable strings;
  private DateStyles dateStyles;
  private ImportProgress progress = ImportProgress.NONE;

  XlsxSource(File file) throws SurveyException, IOException {
    this.fileName = file.getName();
    try {
      this.pkg = OPCPackage.open(file, PackageAccess.READ);
    } catch (OpenXML4JException | RuntimeException e) {
      throw new SurveyException("error.file.unreadable", e, fileName);
    }
    try {
      this.reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream ignored = sheets.next()) {
          sheetParts.put(sheets.getSheetName(), sheets.getSheetPart().getPartName().getName());
        }
      }
    } catch (OpenXML4JException | RuntimeException | IOException e) {
      pkg.revert();
      throw new SurveyException("error.file.unreadable", e, fileName);
    }
  }

  @Override
  public void reportSizeTo(ImportProgress listener) {
    this.progress = listener;
  }

  @Override
  public List<String> sheetNames() {
    return new ArrayList<>(sheetParts.keySet());
  }

  @Override
  public void read(String sheet, RowHandler handler) throws SurveyException {
    try {
      loadSharedTables();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          if (sheets.getSheetName().equals(sheet)) {
            RowPipeline.run(sink -> new SheetXmlParser(strings, dateStyles, progress).parse(in, sink), handler);
            return;
          }
        }
      }
    } catch (SurveyException e) {
      throw e;
    } catch (Exception e) {
      throw new SurveyException("error.sheet.unreadable", e, fileName, sheet);
    }
  }

  private void loadSharedTables() throws IOException, SAXException, OpenXML4JException {
    if (strings == null) {
      strings = new ReadOnlySharedStringsTable(pkg, /* includePhoneticRuns= */ false);
      StylesTable styles = reader.getStylesTable();
      dateStyles = new DateStyles(styles);
    }
  }

  @Override
  public void close() {
    pkg.revert(); // read-only: never write anything back to the survey
  }

  /**
   * Aalto's StAX parser, which reads sheet XML about three times as fast as the JDK's; it
   * resolves no DTDs and no external entities (the file may be hostile).
   */
  static XMLInputFactory safeXmlFactory() {
    XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** Reuses one parser factory; creating one per sheet costs a service lookup each time. */
  static final XMLInputFactory XML = safeXmlFactory();

  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    return XML.createXMLStreamReader(in);
  }
}
