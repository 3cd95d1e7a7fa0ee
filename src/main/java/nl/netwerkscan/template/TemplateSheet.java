package nl.netwerkscan.template;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet of the template as a plain table: the header in row 1, frozen, then one row per
 * record. Every value is written as a text cell (a name such as {@code =1+1} stays those
 * characters), numbers as numeric cells; an empty value leaves the cell out, which the reader
 * takes as not answered. Column widths follow the longest text, within bounds.
 */
final class TemplateSheet {
  private static final int MIN_WIDTH = 10;
  private static final int MAX_WIDTH = 45;

  private final XSSFSheet sheet;
  private final int[] widths;
  private int nextRow;

  TemplateSheet(XSSFWorkbook book, String name, List<String> headers, Styles styles) {
    this.sheet = book.createSheet(name);
    this.widths = new int[headers.size()];
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < headers.size(); i++) {
      row.createCell(i).setCellValue(headers.get(i));
      row.getCell(i).setCellStyle(styles.header);
      widen(i, headers.get(i).length() + 3); // room for the filter and drop-down arrows
    }
    sheet.createFreezePane(0, 1);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setFitToPage(true);
  }

  /** Writes one record; null or empty values leave their cell out. */
  Row row(Object... values) {
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Number number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else if (values[i] != null && !values[i].toString().isEmpty()) {
        String text = values[i].toString();
        row.createCell(i).setCellValue(text);
        widen(i, text.length());
      }
    }
    return row;
  }

  /** Makes room for a value that a drop-down list offers in this column. */
  void fit(int column, List<String> values) {
    for (String value : values) {
      widen(column, value.length() + 2);
    }
  }

  private void widen(int column, int chars) {
    widths[column] = Math.max(widths[column], chars);
  }

  /** Rows written so far, header included. */
  int rowCount() {
    return nextRow;
  }

  XSSFSheet sheet() {
    return sheet;
  }

  /** Sets the column widths; call after the last row. */
  void finish() {
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 1)) * 256);
    }
  }

  /** Sets one column's width in characters, for running text; call after {@link #finish()}. */
  void width(int column, int chars) {
    sheet.setColumnWidth(column, chars * 256);
  }

  /** The few cell styles of the template. */
  static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle top;
    final CellStyle topCentred;

    Styles(XSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      header = book.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      header.setWrapText(false);
      text = book.createCellStyle();
      text.setDataFormat(book.createDataFormat().getFormat("@"));
      wrapped = book.createCellStyle();
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
      top = book.createCellStyle();
      top.setVerticalAlignment(VerticalAlignment.TOP);
      topCentred = book.createCellStyle();
      topCentred.setVerticalAlignment(VerticalAlignment.TOP);
      topCentred.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
    }
  }
}
