package nl.netwerkscan.hostile;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Looks into a written report workbook. */
final class Reports {
  private Reports() {}

  /** Every text cell's value, over all sheets. */
  static List<String> texts(Workbook book) {
    List<String> texts = new ArrayList<>();
    for (Sheet sheet : book) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            texts.add(cell.getStringCellValue());
          }
        }
      }
    }
    return texts;
  }

  /** Every formula cell, as "Sheet!A1": a report made from survey text should have none. */
  static List<String> formulas(Workbook book) {
    List<String> formulas = new ArrayList<>();
    for (Sheet sheet : book) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            formulas.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula());
          }
        }
      }
    }
    return formulas;
  }
}
