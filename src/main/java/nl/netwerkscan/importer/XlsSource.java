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
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an Excel 97-2003 .xls workbook through POI's usermodel: the format holds at most 65,536
 * rows a sheet, so the whole workbook fits in memory comfortably.
 */
final class XlsSource implements SheetSource {
  private final String fileName;
  private final Workbook workbook;
  private final POIFSFileSystem fileSystem;

  XlsSource(File file) throws SurveyException {
    this.fileName = file.getName();
    POIFSFileSystem fs = null;
    try {
      fs = new POIFSFileSystem(file, /* readOnly= */ true);
      requireWorkbook(fs.getRoot());
      this.workbook = new HSSFWorkbook(fs.getRoot(), /* preserveNodes= */ false);
      this.fileSystem = fs;
    } catch (SurveyException e) {
      closeQuietly(fs);
      throw e;
    } catch (EncryptedDocumentException e) {
      closeQuietly(fs);
      throw new SurveyException("error.file.encrypted", e, fileName);
    } catch (OldExcelFormatException e) {
      closeQuietly(fs);
      throw new SurveyException("error.file.other.format", e, fileName);
    } catch (IOException | RuntimeException e) {
      closeQuietly(fs);
      throw new SurveyException("error.file.unreadable", e, fileName);
    }
  }

  /**
   * An OLE2 file is a Word .doc, an Outlook .msg or a workbook: only the last has a Workbook
   * stream. Excel 5/95 wrote a "Book" stream, which POI cannot read: save it as .xlsx.
   */
  private void requireWorkbook(DirectoryNode root) throws SurveyException {
    if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK")) {
      return;
    }
    if (root.hasEntry("Book") || root.hasEntry("BOOK")) {
      throw new SurveyException("error.file.other.format", fileName);
    }
    throw new SurveyException("error.file.not.spreadsheet", fileName);
  }

  private static void closeQuietly(POIFSFileSystem fs) {
    if (fs != null) {
      try {
        fs.close();
      } catch (IOException ignored) {
        // nothing was written; the failure that brought us here is the one to report
      }
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
    try {
      workbook.close();
    } finally {
      fileSystem.close();
    }
  }
}
