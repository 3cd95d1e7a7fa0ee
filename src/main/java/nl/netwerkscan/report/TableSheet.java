package nl.netwerkscan.report;

import java.util.OptionalDouble;
import nl.netwerkscan.analysis.Risk;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * One sheet of the report as a plain table: the header in row 1, then one {@link #row()} per
 * record. Text from the survey is always written as a string cell, so {@code =1+1} stays those
 * characters and never becomes a formula.
 */
public final class TableSheet {
  private static final int MAX_WIDTH_CHARS = 60;

  private final SXSSFSheet sheet;
  /** Figures resting on fewer answers or respondents than this are marked (issue: small groups). */
  public static final int SMALL_GROUP = 5;

  private final ReportWorkbook.Styles styles;
  private final nl.netwerkscan.text.Messages messages;
  private final int[] widths;
  private int nextRow;
  private boolean smallGroupComments = true;

  TableSheet(SXSSFSheet sheet, ReportWorkbook.Styles styles, nl.netwerkscan.text.Messages messages, String[] headers) {
    this.sheet = sheet;
    this.styles = styles;
    this.messages = messages;
    this.widths = new int[headers.length];
    RowWriter header = row();
    for (String text : headers) {
      header.cell(text).setCellStyle(styles.header);
    }
    sheet.createFreezePane(0, 1);
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
  }

  /** Starts the next record. */
  public RowWriter row() {
    return new RowWriter(sheet.createRow(nextRow++));
  }

  /** Rows written so far, header included. */
  public int rowCount() {
    return nextRow;
  }

  public int columnCount() {
    return widths.length;
  }

  public String name() {
    return sheet.getSheetName();
  }

  /**
   * Prints the sheet one page wide and as many pages tall as needed, a page break every {@code
   * rowsPerPage} rows (so the charts beside the table, placed at multiples of that, are never cut
   * in two) and the header row repeated on every page.
   */
  public void printInPages(int rowsPerPage) {
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, widths.length - 1));
    for (int row = rowsPerPage - 1; row < nextRow - 1; row += rowsPerPage) {
      sheet.setRowBreak(row);
    }
  }

  /**
   * Marks small groups by style alone, with one comment on the header of each such column
   * instead of one per cell: for a sheet with a row per respondent, where a regional survey has
   * tens of thousands of small figures and a comment each would cost seconds and megabytes.
   */
  public void markSmallGroupsInHeader(int... columns) {
    smallGroupComments = false;
    Row header = sheet.getRow(0);
    for (int column : columns) {
      comment(header.getCell(column), messages.get("small.group.header", SMALL_GROUP));
    }
  }

  /** The drawing for charts, to the right of the table. */
  public XSSFDrawing drawing() {
    sheet.createDrawingPatriarch();
    return sheet.getDrawingPatriarch();
  }

  /**
   * Sets column widths from the longest text seen and puts an auto-filter on the header row;
   * call once, after the last row.
   */
  public void finish() {
    for (int i = 0; i < widths.length; i++) {
      int chars = Math.min(MAX_WIDTH_CHARS, Math.max(8, widths[i] + 2));
      sheet.setColumnWidth(i, chars * 256);
    }
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, widths.length - 1));
  }

  /**
   * A colour scale on distance cells (0 = close, green; 0.5 yellow; 1 = far, red), fixed at those
   * values so one colour means one distance on every sheet. Columns inclusive, rows below the
   * header.
   */
  public void distanceColours(int firstColumn, int lastColumn) {
    if (nextRow < 2) {
      return;
    }
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
    ColorScaleFormatting scale = rule.getColorScaleFormatting();
    scale.setNumControlPoints(3);
    double[] points = {0, 0.5, 1};
    int[] colours = {0x63BE7B, 0xFFEB84, 0xF8696B};
    for (int i = 0; i < 3; i++) {
      scale.getThresholds()[i].setRangeType(ConditionalFormattingThreshold.RangeType.NUMBER);
      scale.getThresholds()[i].setValue(points[i]);
    }
    scale.setColors(
        java.util.Arrays.stream(colours)
            .mapToObj(rgb -> new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null))
            .toArray(Color[]::new));
    formatting.addConditionalFormatting(
        new CellRangeAddress[] {new CellRangeAddress(1, nextRow - 1, firstColumn, lastColumn)}, rule);
  }

  /**
   * Excel holds at most 32,767 characters in a cell, and POI refuses more. A survey name may
   * itself be that long, and a problem text quotes it, so longer text is cut and marked with an
   * ellipsis rather than failing the whole report (issue 7: 32,000-character cells).
   */
  static String fitting(String value) {
    int max = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }

  /** A note on {@code cell}, shown when the reader points at it. */
  private void comment(Cell cell, String text) {
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    CreationHelper factory = sheet.getWorkbook().getCreationHelper();
    ClientAnchor anchor = factory.createClientAnchor();
    anchor.setCol1(cell.getColumnIndex());
    anchor.setCol2(cell.getColumnIndex() + 3);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 2);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(factory.createRichTextString(text));
    cell.setCellComment(comment);
  }

  /** Writes the cells of one record from left to right. */
  public final class RowWriter {
    private final Row row;
    private int column;

    private RowWriter(Row row) {
      this.row = row;
    }

    /** A text cell; an empty text leaves the cell blank, as readers expect of a missing value. */
    public RowWriter text(String value) {
      if (value.isEmpty()) {
        return empty();
      }
      cell(value);
      return this;
    }

    /** The text of a risk level, filled in its colour (high red, medium orange, low plain). */
    public RowWriter risk(String text, Risk risk) {
      Cell cell = cell(text);
      if (risk == Risk.HIGH) {
        cell.setCellStyle(styles.highRisk);
      } else if (risk == Risk.MEDIUM) {
        cell.setCellStyle(styles.mediumRisk);
      }
      return this;
    }

    public RowWriter integer(long value) {
      Cell cell = next(4);
      cell.setCellValue(value);
      cell.setCellStyle(styles.integer);
      return this;
    }

    /** A fraction 0..1 shown as a percentage. */
    public RowWriter percent(double fraction) {
      Cell cell = next(6);
      cell.setCellValue(fraction);
      cell.setCellStyle(styles.percent);
      return this;
    }

    public RowWriter percent(OptionalDouble fraction) {
      return fraction.isPresent() ? percent(fraction.getAsDouble()) : empty();
    }

    /** A number shown with two decimals (means, distances, p-values). */
    public RowWriter decimal(double value) {
      Cell cell = next(5);
      cell.setCellValue(value);
      cell.setCellStyle(styles.decimal);
      return this;
    }

    public RowWriter decimal(OptionalDouble value) {
      return value.isPresent() ? decimal(value.getAsDouble()) : empty();
    }

    /**
     * A number with two decimals that rests on {@code basis} answers or respondents: below
     * {@link #SMALL_GROUP} it is muted and carries a comment saying on how few it rests.
     */
    public RowWriter decimal(OptionalDouble value, long basis) {
      return marked(value, basis, styles.decimal, styles.mutedDecimal);
    }

    /** A fraction shown as a percentage, muted like {@link #decimal(OptionalDouble, long)}. */
    public RowWriter percent(OptionalDouble fraction, long basis) {
      return marked(fraction, basis, styles.percent, styles.mutedPercent);
    }

    private RowWriter marked(OptionalDouble value, long basis, CellStyle normal, CellStyle muted) {
      if (value.isEmpty()) {
        return empty();
      }
      Cell cell = next(6);
      cell.setCellValue(value.getAsDouble());
      boolean small = basis < SMALL_GROUP;
      cell.setCellStyle(small ? muted : normal);
      if (small && smallGroupComments) {
        comment(cell, messages.get("small.group.comment", basis));
      }
      return this;
    }


    /** Leaves a cell blank (a figure that does not exist, never a zero). */
    public RowWriter empty() {
      column++;
      return this;
    }

    private Cell cell(String value) {
      Cell cell = next(value.length());
      cell.setCellValue(fitting(value));
      cell.setCellStyle(styles.plain);
      return cell;
    }

    private Cell next(int width) {
      if (column < widths.length) {
        widths[column] = Math.max(widths[column], width);
      }
      return row.createCell(column++);
    }
  }
}
