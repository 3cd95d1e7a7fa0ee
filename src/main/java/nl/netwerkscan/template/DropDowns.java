package nl.netwerkscan.template;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Drop-down lists (list data validations) on a column of a template sheet, below the header.
 * A strict list refuses anything else (a scale, yes/no: the reader would not use another
 * value); an open list only warns, for columns where the format accepts other text (a function
 * group or organisation type of the survey's own).
 */
final class DropDowns {
  /** Excel caps a prompt's title at 32 characters and its text at 255. */
  private static final int TITLE_LIMIT = 32;
  private static final int TEXT_LIMIT = 255;
  /** Excel refuses an explicit list longer than 255 characters, separators included. */
  private static final int LIST_LIMIT = 255;

  private final XSSFSheet sheet;
  private final XSSFDataValidationHelper helper;
  private final int lastRow;

  /** @param lastRow the last 0-based row the lists apply to */
  DropDowns(XSSFSheet sheet, int lastRow) {
    this.sheet = sheet;
    this.helper = new XSSFDataValidationHelper(sheet);
    this.lastRow = lastRow;
  }

  /** Only these values; anything else is refused with {@code error}. */
  void strict(int column, List<String> values, Prompt prompt, String error) {
    add(column, values, prompt, error, DataValidation.ErrorStyle.STOP);
  }

  /** These values offered; anything else asks {@code warning} before it is accepted. */
  void open(int column, List<String> values, Prompt prompt, String warning) {
    add(column, values, prompt, warning, DataValidation.ErrorStyle.WARNING);
  }

  /**
   * As {@link #open}, for a list that may be long (a roll-up's units): written in a column of
   * the hidden sheet {@code listSheet} when it does not fit in the 255 characters Excel allows
   * an explicit list.
   */
  void openLong(int column, List<String> values, Prompt prompt, String warning, String listSheet) {
    if (String.join(",", values).length() <= LIST_LIMIT) {
      open(column, values, prompt, warning);
      return;
    }
    XSSFWorkbook book = sheet.getWorkbook();
    XSSFSheet lists = book.getSheet(listSheet);
    if (lists == null) {
      lists = book.createSheet(listSheet);
      book.setSheetHidden(book.getSheetIndex(lists), true);
      for (int i = 0; i < values.size(); i++) {
        lists.createRow(i).createCell(0).setCellValue(values.get(i));
      }
    }
    String range = "'" + listSheet.replace("'", "''") + "'!$A$1:$A$" + values.size();
    add(helper.createFormulaListConstraint(range), column, prompt, warning, DataValidation.ErrorStyle.WARNING);
  }

  /** The note Excel shows when a cell of the column is selected. */
  record Prompt(String title, String text) {}

  private void add(int column, List<String> values, Prompt prompt, String error, int style) {
    add(helper.createExplicitListConstraint(values.toArray(String[]::new)), column, prompt, error, style);
  }

  private void add(DataValidationConstraint list, int column, Prompt prompt, String error, int style) {
    DataValidation validation = helper.createValidation(list, new CellRangeAddressList(1, lastRow, column, column));
    validation.setErrorStyle(style);
    validation.setEmptyCellAllowed(true);
    // For XSSF "suppress" writes showDropDown=false, which (OOXML's inverted flag) shows the arrow.
    validation.setSuppressDropDownArrow(true);
    validation.setShowErrorBox(true);
    validation.createErrorBox(cut(prompt.title(), TITLE_LIMIT), cut(error, TEXT_LIMIT));
    validation.setShowPromptBox(true);
    validation.createPromptBox(cut(prompt.title(), TITLE_LIMIT), cut(prompt.text(), TEXT_LIMIT));
    sheet.addValidationData(validation);
  }

  private static String cut(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }
}
