package nl.netwerkscan.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams a survey workbook in the contract's layout: Contacten (optionally below title lines),
 * then Organisaties and Medewerkers. Rows are written as they come and flushed after a small
 * window, so a million contacts take as little heap as ten.
 *
 * <p>Not a general spreadsheet writer: it only knows the survey's three sheets, which is all
 * the generators need.
 */
final class SurveyWorkbookWriter implements AutoCloseable {

  /** Rows kept in memory per sheet before SXSSF flushes them to its temp file. */
  private static final int WINDOW = 100;

  /**
   * Stamped as created/modified so a regenerated example survey is the same file byte for byte
   * and git sees no change; the survey is about 2024, so a date in that year.
   */
  private static final Date FIXED_DATE = Date.from(Instant.parse("2024-11-01T09:00:00Z"));

  private final SXSSFWorkbook workbook;
  private final SXSSFSheet contacts;
  private final SXSSFSheet organisations;
  private final SXSSFSheet staff;
  private final CellStyle headerStyle;
  private final boolean withUnits;
  private int contactRow;
  private int organisationRow;
  private int staffRow;

  /**
   * @param titleLines lines written above the Contacten header, followed by one empty row; none
   *     puts the header on row 1
   * @param withOrganisations whether to add the optional Organisaties sheet
   */
  SurveyWorkbookWriter(List<String> titleLines, boolean withOrganisations) {
    this(titleLines, withOrganisations, TextStorage.INLINE);
  }

  SurveyWorkbookWriter(List<String> titleLines, boolean withOrganisations, TextStorage storage) {
    this(titleLines, withOrganisations, storage, /* withUnits= */ false);
  }

  /**
   * @param withUnits whether Contacten and Medewerkers end with a Team column; their rows then
   *     carry the unit as their last cell
   */
  SurveyWorkbookWriter(
      List<String> titleLines,
      boolean withOrganisations,
      TextStorage storage,
      boolean withUnits) {
    this.withUnits = withUnits;
    workbook =
        new SXSSFWorkbook(
            null, WINDOW, /* compressTmpFiles= */ true, storage == TextStorage.SHARED);
    headerStyle = boldStyle();
    contacts = workbook.createSheet(SurveyLayout.CONTACTS_SHEET);
    organisations =
        withOrganisations ? workbook.createSheet(SurveyLayout.ORGANISATIONS_SHEET) : null;
    staff = workbook.createSheet(SurveyLayout.STAFF_SHEET);
    for (String title : titleLines) {
      textCell(contacts.createRow(contactRow++), 0, title).setCellStyle(headerStyle);
    }
    if (!titleLines.isEmpty()) {
      contactRow++; // the empty row between title and header
    }
    header(contacts, contactRow++, withUnit(SurveyLayout.CONTACT_HEADERS));
    if (organisations != null) {
      header(organisations, organisationRow++, SurveyLayout.ORGANISATION_HEADERS);
    }
    header(staff, staffRow++, withUnit(SurveyLayout.STAFF_HEADERS));
    setWidths();
  }

  void contact(SurveyRow row) {
    if (withUnits != (row.cells().size() > SurveyRow.UNIT)) {
      throw new IllegalArgumentException("a row's Team cell must match the sheet's Team column");
    }
    Row sheetRow = contacts.createRow(contactRow++);
    for (int column = 0; column < row.cells().size(); column++) {
      Object value = row.cell(column);
      if (value instanceof Number number) {
        sheetRow.createCell(column).setCellValue(number.doubleValue());
      } else if (value != null) {
        textCell(sheetRow, column, value.toString());
      }
    }
  }

  void organisation(String name, String type, List<String> aliases) {
    if (organisations == null) {
      throw new IllegalStateException("this workbook was opened without an Organisaties sheet");
    }
    Row row = organisations.createRow(organisationRow++);
    textCell(row, 0, name);
    textCell(row, 1, type);
    if (!aliases.isEmpty()) {
      textCell(row, 2, String.join("|", aliases));
    }
  }

  /** A roster line; {@code function} null leaves the cell empty. */
  void staff(String name, String function, boolean asked) {
    staff(name, function, asked, null);
  }

  /** A roster line with its unit, written only when the workbook has a Team column. */
  void staff(String name, String function, boolean asked, String unit) {
    Row row = staff.createRow(staffRow++);
    textCell(row, 0, name);
    if (function != null) {
      textCell(row, 1, function);
    }
    textCell(row, 2, asked ? "ja" : "nee");
    if (withUnits && unit != null) {
      textCell(row, SurveyLayout.STAFF_HEADERS.size(), unit);
    }
  }

  private List<String> withUnit(List<String> headers) {
    if (!withUnits) {
      return headers;
    }
    List<String> all = new ArrayList<>(headers);
    all.add(SurveyLayout.UNIT_HEADER);
    return all;
  }

  /** Writes the workbook; call once, after all rows. */
  void save(Path out) throws IOException {
    POIXMLProperties.CoreProperties core =
        workbook.getXSSFWorkbook().getProperties().getCoreProperties();
    core.setCreated(Optional.of(FIXED_DATE));
    core.setModified(Optional.of(FIXED_DATE));
    core.setCreator("netwerkscan");
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream stream = Files.newOutputStream(out)) {
      workbook.write(stream);
    }
  }

  /** Removes SXSSF's temp files; without dispose() they stay behind in java.io.tmpdir. */
  @Override
  public void close() throws IOException {
    workbook.dispose();
    workbook.close();
  }

  private void header(SXSSFSheet sheet, int rowIndex, List<String> headers) {
    Row row = sheet.createRow(rowIndex);
    for (int column = 0; column < headers.size(); column++) {
      textCell(row, column, headers.get(column)).setCellStyle(headerStyle);
    }
  }

  private static Cell textCell(Row row, int column, String text) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    return cell;
  }

  private CellStyle boldStyle() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    return style;
  }

  /** Fixed widths: SXSSF cannot auto-size columns whose rows were already flushed. */
  private void setWidths() {
    int[] contactWidths = {24, 20, 28, 24, 10, 14, 14, 14, 14, 14, 14, 14};
    for (int column = 0; column < contactWidths.length; column++) {
      contacts.setColumnWidth(column, contactWidths[column] * 256);
    }
    if (withUnits) {
      contacts.setColumnWidth(SurveyRow.UNIT, 16 * 256);
      staff.setColumnWidth(SurveyLayout.STAFF_HEADERS.size(), 16 * 256);
    }
    if (organisations != null) {
      organisations.setColumnWidth(0, 32 * 256);
      organisations.setColumnWidth(1, 22 * 256);
      organisations.setColumnWidth(2, 40 * 256);
    }
    staff.setColumnWidth(0, 24 * 256);
    staff.setColumnWidth(1, 20 * 256);
    staff.setColumnWidth(2, 14 * 256);
  }
}
