package nl.netwerkscan.importer;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Which cell style indexes of an .xlsx workbook format numbers as dates, decided once per style
 * rather than once per cell, so that a date typed where a name is expected reads as a date.
 */
final class DateStyles {
  private final boolean[] isDate;

  DateStyles(StylesTable styles) {
    int count = styles == null ? 0 : styles.getNumCellStyles();
    isDate = new boolean[count];
    for (int i = 0; i < count; i++) {
      XSSFCellStyle style = styles.getStyleAt(i);
      isDate[i] =
          style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
    }
  }

  boolean isDate(int styleIndex) {
    return styleIndex >= 0 && styleIndex < isDate.length && isDate[styleIndex];
  }
}
