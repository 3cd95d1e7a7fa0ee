package nl.netwerkscan.importer;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
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
  private SharedStringTexts strings;
  private DateStyles dateStyles;
  private ImportProgress progress = ImportProgress.NONE;

  XlsxSource(File file) throws SurveyException, IOException {
    this.fileName = file.getName();
    try {
      this.pkg = OPCPackage.open(file, PackageAccess.READ);
    } catch (OpenXML4JException | RuntimeException e) {
      throw failure(e, "error.file.unreadable");
    }
    try {
      requireWorkbook();
      this.reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream ignored = sheets.next()) {
          sheetParts.put(sheets.getSheetName(), sheets.getSheetPart().getPartName().getName());
        }
      }
    } catch (SurveyException e) {
      pkg.revert();
      throw e;
    } catch (OpenXML4JException | RuntimeException | IOException e) {
      pkg.revert();
      throw failure(e, "error.file.unreadable");
    }
  }

  /**
   * A zip with Office parts is not yet a workbook: a Word document or a slide deck renamed .xlsx
   * opens as a package too. Its main part's content type says what it is; a binary .xlsb
   * workbook cannot be streamed as XML and is asked to be saved as .xlsx.
   */
  private void requireWorkbook() throws SurveyException {
    PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    PackagePart part = main.isEmpty() ? null : pkg.getPart(main.getRelationship(0));
    String type = part == null ? "" : part.getContentType();
    if (type.equals(XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType())) {
      throw new SurveyException("error.file.other.format", fileName);
    }
    if (!WORKBOOK_TYPES.contains(type)) {
      throw new SurveyException("error.file.not.spreadsheet", fileName);
    }
  }

  private static final Set<String> WORKBOOK_TYPES =
      Stream.of(
              XSSFRelation.WORKBOOK,
              XSSFRelation.MACROS_WORKBOOK,
              XSSFRelation.TEMPLATE_WORKBOOK,
              XSSFRelation.MACRO_TEMPLATE_WORKBOOK,
              XSSFRelation.MACRO_ADDIN_WORKBOOK)
          .map(XSSFRelation::getContentType)
          .collect(Collectors.toUnmodifiableSet());

  /** The user's sentence for a failure: a zip bomb and an oversized part have their own. */
  private SurveyException failure(Throwable e, String key, String... moreArguments) {
    if (PoiLimits.isZipBomb(e)) {
      return new SurveyException("error.file.zipbomb", e, fileName);
    }
    if (PoiLimits.isTooLarge(e)) {
      return new SurveyException("error.file.too.large", e, fileName, PoiLimits.megabytes(PoiLimits.MAX_ENTRY_SIZE));
    }
    if (causedBy(e, SharedStringsTooLarge.class)) {
      return new SurveyException(
          "error.file.too.large", e, fileName, PoiLimits.megabytes(PoiLimits.MAX_SHARED_STRINGS_XML));
    }
    String[] arguments = new String[moreArguments.length + 1];
    arguments[0] = fileName;
    System.arraycopy(moreArguments, 0, arguments, 1, moreArguments.length);
    return new SurveyException(key, e, arguments);
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
            RowPipeline.run(
                sink -> {
                  try (InputStream ahead = new PrefetchingInputStream(in, "sheet-unzip")) {
                    new SheetXmlParser(strings, dateStyles, progress).parse(ahead, sink);
                  }
                },
                handler);
            return;
          }
        }
      }
    } catch (SurveyException e) {
      throw e;
    } catch (Exception e) {
      throw failure(e, "error.sheet.unreadable", sheet);
    }
  }

  private void loadSharedTables() throws IOException, SAXException, OpenXML4JException {
    if (strings == null) {
      strings = sharedStrings();
      StylesTable styles = reader.getStylesTable();
      dateStyles = new DateStyles(styles);
    }
  }

  /**
   * POI keeps every shared string in memory, so the table's XML is read through a counter that
   * stops at {@link PoiLimits#MAX_SHARED_STRINGS_XML} inflated bytes (what the zip directory
   * claims about sizes may be a lie; the bytes read are not).
   */
  private SharedStringTexts sharedStrings() throws IOException, SAXException {
    List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return SharedStringTexts.empty();
    }
    try (InputStream in = new LimitedInputStream(parts.get(0).getInputStream(), PoiLimits.MAX_SHARED_STRINGS_XML)) {
      return SharedStringTexts.read(in);
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The shared-strings table inflates beyond {@link PoiLimits#MAX_SHARED_STRINGS_XML}. */
  static final class SharedStringsTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    SharedStringsTooLarge() {
      super("shared strings table larger than " + PoiLimits.MAX_SHARED_STRINGS_XML + " bytes");
    }
  }

  /** Counts the bytes read and fails once there are more than the limit. */
  private static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      return n < 0 ? n : counted(n);
    }

    private int counted(int n) throws IOException {
      count += n;
      if (count > limit) {
        throw new SharedStringsTooLarge();
      }
      return n;
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
