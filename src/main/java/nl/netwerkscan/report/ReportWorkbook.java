package nl.netwerkscan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.zip.Deflater;
import nl.netwerkscan.text.Messages;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyles;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/**
 * A streaming workbook of plain tables (contract: headers in row 1, one record per row, numbers
 * as numeric cells). SXSSF keeps only a window of rows in memory, so a Problemen sheet of a
 * million-row survey costs no heap; charts go on the underlying XSSF drawing, which SXSSF keeps.
 */
public final class ReportWorkbook implements AutoCloseable {
  /** The fixed creation date, so that the same survey gives the same report bytes. */
  private static final Date FIXED_DATE = new Date(0);

  private final SXSSFWorkbook workbook =
      new SXSSFWorkbook(200) {
        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
          return new UnlockedSheetDataWriter(); // no shared strings and no compression, as before
        }

        /**
         * The quickest deflate level: the sheets are compressed in one pass at the very end, on
         * this thread alone while the rest of the report is done. A million-row survey's 37 MB
         * of sheet XML takes 0.48 s at the default level and 0.22 s at this one (gzip -6 and -1
         * on the same bytes), for a file of 4.7 MB instead of 3.6 MB.
         */
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
          ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
          zip.setLevel(Deflater.BEST_SPEED);
          return zip;
        }
      };
  private final Messages messages;
  private final Styles styles;

  public ReportWorkbook(Messages messages) {
    this.messages = messages;
    this.styles = new Styles(workbook);
    namedNormalStyle(workbook.getXSSFWorkbook());
  }

  /**
   * Declares the built-in cell style "Normal" on the default format. POI writes none, and
   * openpyxl (so pandas too) then warns "Workbook contains no default style" on every read.
   */
  public static void namedNormalStyle(XSSFWorkbook workbook) {
    CTStylesheet sheet = workbook.getStylesSource().getCTStylesheet();
    if (!sheet.isSetCellStyles()) {
      CTCellStyles styles = sheet.addNewCellStyles();
      CTCellStyle normal = styles.addNewCellStyle();
      normal.setName("Normal");
      normal.setXfId(0);
      normal.setBuiltinId(0);
      styles.setCount(1);
    }
  }

  public Messages messages() {
    return messages;
  }

  /** A new sheet named by {@code sheetKey} with the headers named by {@code headerKeys}. */
  public TableSheet table(String sheetKey, String... headerKeys) {
    String[] headers = new String[headerKeys.length];
    for (int i = 0; i < headerKeys.length; i++) {
      headers[i] = messages.get(headerKeys[i]);
    }
    return tableWithHeaders(messages.get(sheetKey), headers);
  }

  /** A new sheet with headers given as text, for tables whose columns depend on the data. */
  public TableSheet tableWithHeaders(String sheetName, String... headers) {
    SXSSFSheet sheet = workbook.createSheet(sheetName);
    return new TableSheet(sheet, styles, messages, headers);
  }

  public void save(Path file) throws IOException {
    workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_DATE));
    workbook.getXSSFWorkbook().getProperties().getCoreProperties().setModified(java.util.Optional.of(FIXED_DATE));
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  @Override
  public void close() throws IOException {
    workbook.close(); // also removes SXSSF's temporary files
  }

  /** The few cell styles every sheet shares; a workbook may hold only so many styles. */
  static final class Styles {
    final CellStyle header;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle integer;
    final CellStyle text;
    /**
     * The workbook's default style, set on cells that need no other: SXSSF asks a cell without a
     * style of its own for its column's default, an XMLBeans look-up per cell as the sheet is
     * written (a tenth of the workbook thread's time at a million rows, Java Flight Recorder),
     * and finds none; the file is the same either way.
     */
    final CellStyle plain;
    final CellStyle mutedPercent;
    final CellStyle mutedDecimal;
    /** Risk levels in the diagrams' colours, tinted so the text stays readable. */
    final CellStyle highRisk;
    final CellStyle mediumRisk;

    Styles(SXSSFWorkbook workbook) {
      plain = workbook.getCellStyleAt(0);
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
      decimal = workbook.createCellStyle();
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      integer = workbook.createCellStyle();
      integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
      // Text cells are stored as strings anyway; "@" also tells Excel not to reinterpret edits.
      text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      // Figures that rest on few answers: grey italics, so nobody over-reads them.
      Font muted = workbook.createFont();
      muted.setItalic(true);
      muted.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
      mutedPercent = workbook.createCellStyle();
      mutedPercent.cloneStyleFrom(percent);
      mutedPercent.setFont(muted);
      mutedDecimal = workbook.createCellStyle();
      mutedDecimal.cloneStyleFrom(decimal);
      mutedDecimal.setFont(muted);
      highRisk = filled(workbook, new byte[] {(byte) 0xF4, (byte) 0xCC, (byte) 0xCC});
      mediumRisk = filled(workbook, new byte[] {(byte) 0xFC, (byte) 0xE4, (byte) 0xCC});
    }

    private static CellStyle filled(SXSSFWorkbook workbook, byte[] rgb) {
      XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
      style.setFillForegroundColor(new XSSFColor(rgb, null));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      return style;
    }
  }
}
