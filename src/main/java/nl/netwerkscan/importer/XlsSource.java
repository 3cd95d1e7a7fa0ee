package nl.netwerkscan.importer;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an Excel 97-2003 .xls workbook through POI's usermodel: the format holds at most 65,536
 * rows a sheet, so the whole workbook fits in memory comfortably.
 */
final class XlsSource implements SheetSource {
  private final String fileName;
  private final Workbook workbook;

  XlsSource(File file) throws SurveyException {
    this.fileName = file.getName();
    try {
      this.workbook = WorkbookFactory.create(file, null, /* readOnly= */ true);
    } catch (org.apache.poi.EncryptedDocumentException e) {
      throw new SurveyException("error.file.encrypted", e, fileName);
    } catch (IOException | RuntimeException e) {
      throw new SurveyException("error.file.unreadable", e, fileName);
    }
  }

  @Override
  public List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  @Override
  public void read(String sheetName, RowHandler handler) throws SurveyException {
    Sheet sheet = workbook.getSheet(sheetName);
    for (Row row : sheet) {
      int width = Math.max(0, row.getLastCellNum());
      String[] cells = new String[width];
      for (Cell cell : row) {
        cells[cell.getColumnIndex()] = text(cell, cell.getCellType());
      }
      handler.row(new RawRow(row.getRowNum() + 1, cells));
    }
  }

  private static String text(Cell cell, CellType type) {
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? CellText.date(cell.getNumericCellValue())
              : CellText.number(cell.getNumericCellValue());
      case BOOLEAN -> CellText.bool(cell.getBooleanCellValue());
      case FORMULA -> text(cell, cell.getCachedFormulaResultType()); // cached value, never evaluated
      case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> null;
    };
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
