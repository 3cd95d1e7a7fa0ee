package nl.netwerkscan.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a written workbook back with POI, as plain values: a String for a text cell, a Double
 * for a numeric cell, null for an empty one. Rows keep their sheet positions (row 0 = row 1),
 * so tests can compare whole workbooks and address cells as a user would.
 */
final class SheetContents {

  private SheetContents() {}

  /** Every sheet, by name, in workbook order. */
  static Map<String, List<List<Object>>> read(Path file) throws IOException {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, /* readOnly= */ true)) {
      for (Sheet sheet : workbook) {
        sheets.put(sheet.getSheetName(), rows(sheet));
      }
    }
    return sheets;
  }

  static List<List<Object>> read(Path file, String sheetName) throws IOException {
    List<List<Object>> rows = read(file).get(sheetName);
    if (rows == null) {
      throw new AssertionError("no sheet " + sheetName + " in " + file);
    }
    return rows;
  }

  private static List<List<Object>> rows(Sheet sheet) {
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<Object> cells = new ArrayList<>();
      if (row != null) {
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          cells.add(value(row.getCell(c)));
        }
      }
      rows.add(cells);
    }
    return rows;
  }

  private static Object value(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return cell.getNumericCellValue();
    }
    return cell.getStringCellValue();
  }

  /** The cell at {@code column}, or null where the row is shorter. */
  static Object cell(List<Object> row, int column) {
    return column < row.size() ? row.get(column) : null;
  }

  static String text(List<Object> row, int column) {
    Object value = cell(row, column);
    return value == null ? "" : value.toString();
  }

  /**
   * The contract's matching for names: case, accents, spaces and punctuation ignored. Tests
   * use it to count people and organisations the way the importer will.
   */
  static String normalise(String name) {
    String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{N}]", "")
        .toLowerCase(java.util.Locale.ROOT);
  }
}
