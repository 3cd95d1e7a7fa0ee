package nl.netwerkscan.template;

import static nl.netwerkscan.importer.SurveyVocabulary.header;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkscan.importer.Column;
import nl.netwerkscan.importer.SurveyVocabulary;
import nl.netwerkscan.importer.SurveyVocabulary.Language;
import nl.netwerkscan.importer.SurveyVocabulary.OrganisationEntry;
import nl.netwerkscan.template.DropDowns.Prompt;
import nl.netwerkscan.template.TemplateContent.ContactLine;
import nl.netwerkscan.template.TemplateContent.StaffLine;
import nl.netwerkscan.report.ReportWorkbook;
import nl.netwerkscan.text.Messages;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays out the template workbook: Contacten, Uitleg, Organisaties and Medewerkers, in the
 * layout of survey-format.md, with every word taken from {@link SurveyVocabulary} so the
 * reader takes back whatever is chosen from the lists.
 */
final class TemplateWorkbook {
  /** Drop-down lists reach at least row 1000, and well below the last pre-filled row. */
  static final int MIN_LAST_ROW = 999;
  static final int ROOM_BELOW = 500;

  private final Language language;
  private final Messages messages;
  private final XSSFWorkbook book = new XSSFWorkbook();
  private final TemplateSheet.Styles styles = new TemplateSheet.Styles(book);

  private TemplateWorkbook(Language language, Messages messages) {
    this.language = language;
    this.messages = messages;
  }

  static XSSFWorkbook build(TemplateContent content, Language language, Messages messages) {
    TemplateWorkbook workbook = new TemplateWorkbook(language, messages);
    ReportWorkbook.namedNormalStyle(workbook.book);
    workbook.contacts(content.contacts(), content.units());
    InstructionsSheet.write(workbook.book, workbook.styles, language, messages);
    workbook.organisations(content.organisations());
    workbook.staff(content.staff(), content.units());
    workbook.hiddenListsLast();
    workbook.book.setActiveSheet(0);
    return workbook.book;
  }

  private void contacts(List<ContactLine> lines, List<String> units) {
    List<String> headers = new ArrayList<>();
    for (Column column : Column.values()) {
      headers.add(header(column, language));
    }
    TemplateSheet table = new TemplateSheet(book, SurveyVocabulary.contactSheet(language), headers, styles);
    for (ContactLine line : lines) {
      Object[] cells = new Object[headers.size()];
      cells[Column.RESPONDENT.ordinal()] = line.respondent();
      cells[Column.FUNCTION.ordinal()] = SurveyVocabulary.functionName(line.function(), language);
      cells[Column.ORGANISATION.ordinal()] = line.organisation();
      cells[Column.PERSON.ordinal()] = line.person();
      cells[Column.TEAM.ordinal()] = line.unit();
      table.row(cells);
    }
    int lastRow = lastRow(lines.size());
    DropDowns lists = new DropDowns(table.sheet(), lastRow);
    List<String> functions = SurveyVocabulary.functionGroups(language);
    lists.open(Column.FUNCTION.ordinal(), functions, prompt(Column.FUNCTION), messages.get("template.warning.function"));
    table.fit(Column.FUNCTION.ordinal(), functions);
    List<String> yesNo = yesNo();
    lists.strict(Column.IN_HOUSE.ordinal(), yesNo, prompt(Column.IN_HOUSE), messages.get("template.error.list", String.join(", ", yesNo)));
    for (Column column : Column.values()) {
      if (column.aspect().isPresent()) {
        List<String> labels = SurveyVocabulary.scaleLabels(column.aspect().get(), language);
        lists.strict(column.ordinal(), labels, prompt(column), messages.get("template.error.list", String.join(", ", labels)));
        table.fit(column.ordinal(), labels);
      }
    }
    if (!units.isEmpty()) {
      lists.openLong(Column.TEAM.ordinal(), units, prompt(Column.TEAM), messages.get("template.warning.unit"), unitListSheet());
      table.fit(Column.TEAM.ordinal(), units);
    }
    for (Column column : List.of(Column.RESPONDENT, Column.FUNCTION, Column.ORGANISATION, Column.PERSON, Column.TEAM)) {
      table.sheet().setDefaultColumnStyle(column.ordinal(), styles.text);
    }
    table.sheet().setAutoFilter(new CellRangeAddress(0, Math.max(1, lines.size()), 0, headers.size() - 1));
    table.finish();
  }

  private void organisations(List<OrganisationEntry> entries) {
    List<String> headers = SurveyVocabulary.organisationHeaders(language);
    TemplateSheet table = new TemplateSheet(book, SurveyVocabulary.organisationSheet(language), headers, styles);
    for (OrganisationEntry entry : entries) {
      table.row(entry.name(), SurveyVocabulary.typeName(entry.type(), language), String.join("|", entry.aliases()));
    }
    List<String> types = SurveyVocabulary.organisationTypes(language);
    new DropDowns(table.sheet(), lastRow(entries.size()))
        .open(1, types, new Prompt(headers.get(1), messages.get("template.explain.organisations.type")), messages.get("template.warning.type"));
    table.finish();
  }

  private void staff(List<StaffLine> lines, List<String> units) {
    List<String> headers = SurveyVocabulary.staffHeaders(language);
    TemplateSheet table = new TemplateSheet(book, SurveyVocabulary.staffSheet(language), headers, styles);
    for (StaffLine line : lines) {
      table.row(
          line.name(),
          SurveyVocabulary.functionName(line.function(), language),
          line.asked() ? SurveyVocabulary.yes(language) : SurveyVocabulary.no(language),
          line.unit());
    }
    DropDowns lists = new DropDowns(table.sheet(), lastRow(lines.size()));
    List<String> functions = SurveyVocabulary.functionGroups(language);
    lists.open(1, functions, new Prompt(headers.get(1), messages.get("template.explain.staff.function")), messages.get("template.warning.function"));
    table.fit(1, functions);
    lists.strict(
        2, yesNo(), new Prompt(headers.get(2), messages.get("template.explain.staff.asked")),
        messages.get("template.error.list", String.join(", ", yesNo())));
    if (!units.isEmpty()) {
      lists.openLong(
          3, units, new Prompt(headers.get(3), messages.get("template.explain.staff.unit")),
          messages.get("template.warning.unit"), unitListSheet());
      table.fit(3, units);
    }
    table.sheet().setDefaultColumnStyle(0, styles.text);
    table.sheet().setDefaultColumnStyle(3, styles.text);
    table.finish();
  }

  /** The list sheet is made with the first list that needs it; it belongs behind the roster. */
  private void hiddenListsLast() {
    if (book.getSheet(unitListSheet()) != null) {
      book.setSheetOrder(unitListSheet(), book.getNumberOfSheets() - 1);
    }
  }

  /** The hidden sheet holding a units list too long for Excel's explicit lists. */
  private String unitListSheet() {
    return messages.get("template.sheet.units");
  }

  private Prompt prompt(Column column) {
    return new Prompt(header(column, language), messages.get(InstructionsSheet.explanationKey(column)));
  }

  private List<String> yesNo() {
    return List.of(SurveyVocabulary.yes(language), SurveyVocabulary.no(language));
  }

  /** The last 0-based row the drop-down lists cover, below {@code rows} pre-filled rows. */
  static int lastRow(int rows) {
    return Math.max(MIN_LAST_ROW, rows + ROOM_BELOW);
  }
}
