package nl.netwerkscan.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reading a written template back with POI, for the tests. */
final class TemplateFiles {
  private static final DataFormatter FORMAT = new DataFormatter();

  private TemplateFiles() {}

  /** The texts of one row, up to its last cell; missing cells as "". */
  static List<String> row(Sheet sheet, int index) {
    Row row = sheet.getRow(index);
    List<String> texts = new ArrayList<>();
    if (row == null) {
      return texts;
    }
    for (int i = 0; i < row.getLastCellNum(); i++) {
      Cell cell = row.getCell(i);
      texts.add(cell == null ? "" : FORMAT.formatCellValue(cell));
    }
    return texts;
  }

  /** Every row below the header, as texts. */
  static List<List<String>> body(Sheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      rows.add(row(sheet, i));
    }
    return rows;
  }

  /**
   * A list data validation as the file holds it: its explicit values, or (empty values) the
   * range {@code formula} it takes them from.
   */
  record DropDown(List<String> values, int firstRow, int lastRow, int errorStyle, String formula) {}

  /** The list validations of a sheet by column; fails on a validation over several columns. */
  static Map<Integer, DropDown> dropDowns(Sheet sheet) {
    Map<Integer, DropDown> byColumn = new LinkedHashMap<>();
    for (DataValidation validation : sheet.getDataValidations()) {
      for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
        if (range.getFirstColumn() != range.getLastColumn()) {
          throw new AssertionError("validation over several columns: " + range.formatAsString());
        }
        String[] values = validation.getValidationConstraint().getExplicitListValues();
        byColumn.put(
            range.getFirstColumn(),
            new DropDown(
                values == null ? List.of() : Arrays.asList(values),
                range.getFirstRow(),
                range.getLastRow(),
                validation.getErrorStyle(),
                validation.getValidationConstraint().getFormula1()));
      }
    }
    return byColumn;
  }
}
