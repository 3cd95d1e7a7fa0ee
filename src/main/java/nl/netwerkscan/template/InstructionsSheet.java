package nl.netwerkscan.template;

import java.util.List;
import java.util.Locale;
import nl.netwerkscan.importer.Column;
import nl.netwerkscan.importer.SurveyVocabulary;
import nl.netwerkscan.importer.SurveyVocabulary.Language;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.text.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Uitleg / Instructions sheet: what to fill in where, for a staff member, as a plain table
 * {@code Blad | Kolom | Antwoord | Cijfer | Uitleg}: a row per sheet, a row per column, and a
 * row per answer of each scale and of yes/no (with its number 5..1 for the scales).
 */
final class InstructionsSheet {
  private static final int NUMBER = 3;
  private static final int EXPLANATION = 4;
  private static final int EXPLANATION_WIDTH = 90;

  private final TemplateSheet table;
  private final TemplateSheet.Styles styles;
  private final Language language;
  private final Messages messages;

  private InstructionsSheet(TemplateSheet table, TemplateSheet.Styles styles, Language language, Messages messages) {
    this.table = table;
    this.styles = styles;
    this.language = language;
    this.messages = messages;
  }

  static void write(XSSFWorkbook book, TemplateSheet.Styles styles, Language language, Messages messages) {
    List<String> headers =
        List.of(
            messages.get("template.instructions.sheet"),
            messages.get("template.instructions.column"),
            messages.get("template.instructions.answer"),
            messages.get("template.instructions.number"),
            messages.get("template.instructions.explanation"));
    TemplateSheet table = new TemplateSheet(book, messages.get("template.sheet.instructions"), headers, styles);
    new InstructionsSheet(table, styles, language, messages).rows();
    table.finish();
    table.width(EXPLANATION, EXPLANATION_WIDTH);
  }

  /** The bundle key of a Contacten column's explanation: {@code template.explain.contacts.in.house}. */
  static String explanationKey(Column column) {
    return "template.explain.contacts." + column.name().toLowerCase(Locale.ROOT).replace('_', '.');
  }

  private void rows() {
    String contacts = SurveyVocabulary.contactSheet(language);
    line(contacts, "", "", null, messages.get("template.explain.sheet.contacts"));
    for (Column column : Column.values()) {
      String header = SurveyVocabulary.header(column, language);
      line(contacts, header, "", null, messages.get(explanationKey(column)));
      if (column == Column.IN_HOUSE) {
        line(contacts, header, SurveyVocabulary.yes(language), null, messages.get("template.explain.contacts.in.house.yes"));
        line(contacts, header, SurveyVocabulary.no(language), null, messages.get("template.explain.contacts.in.house.no"));
      }
      if (column.aspect().isPresent()) {
        scale(contacts, header, column.aspect().get());
      }
    }
    side(
        SurveyVocabulary.organisationSheet(language),
        "template.explain.sheet.organisations",
        SurveyVocabulary.organisationHeaders(language),
        "template.explain.organisations.name", "template.explain.organisations.type", "template.explain.organisations.aliases");
    side(
        SurveyVocabulary.staffSheet(language),
        "template.explain.sheet.staff",
        SurveyVocabulary.staffHeaders(language),
        "template.explain.staff.name", "template.explain.staff.function", "template.explain.staff.asked",
        "template.explain.staff.unit");
  }

  private void scale(String sheet, String header, Aspect aspect) {
    List<String> labels = SurveyVocabulary.scaleLabels(aspect, language);
    for (int i = 0; i < labels.size(); i++) {
      int value = 5 - i;
      line(sheet, header, labels.get(i), value, messages.get("template.answer." + aspect.key() + "." + value));
    }
  }

  private void side(String sheet, String sheetKey, List<String> headers, String... keys) {
    line(sheet, "", "", null, messages.get(sheetKey));
    for (int i = 0; i < headers.size(); i++) {
      line(sheet, headers.get(i), "", null, messages.get(keys[i]));
    }
  }

  private void line(String sheet, String column, String answer, Integer number, String explanation) {
    Row row = table.row(sheet, column, answer, number, null);
    for (Cell cell : row) {
      // level with the first line of a long explanation
      cell.setCellStyle(cell.getColumnIndex() == NUMBER ? styles.topCentred : styles.top);
    }
    Cell cell = row.createCell(EXPLANATION);
    cell.setCellValue(explanation);
    cell.setCellStyle(styles.wrapped);
    // Excel does not fit a row to wrapped text on opening: estimate the lines (a column of 90
    // character widths holds about 100 characters of running text).
    int lines = (int) Math.ceil(explanation.length() / 100.0);
    if (lines > 1) {
      row.setHeightInPoints(lines * table.sheet().getDefaultRowHeightInPoints());
    }
  }
}
