package nl.netwerkscan.report;

import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.text.Messages;
import org.apache.poi.ss.util.CellReference;

/**
 * Contract sheet 10, Problemen / Problems: Blad | Rij | Kolom | Waarde | Probleem, one row per
 * problem the importer kept, with the spreadsheet's own row number and column letter. When the
 * importer kept fewer problems than it found, a last row says how many more there were.
 */
final class ProblemsSheet {
  private ProblemsSheet() {}

  static void write(ReportWorkbook book, Survey survey) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.problems",
            "problems.sheet",
            "problems.row",
            "problems.column",
            "problems.value",
            "problems.problem");
    for (Problem problem : survey.problems()) {
      TableSheet.RowWriter row = sheet.row().text(problem.location().sheet()).integer(problem.location().row());
      row.text(problem.location().isWholeRow() ? "" : CellReference.convertNumToColString(problem.location().column()));
      row.text(problem.value());
      row.text(messages.problem(problem));
    }
    long more = survey.problemCount() - survey.problems().size();
    if (more > 0) {
      sheet.row().empty().empty().empty().empty().text(messages.get("problems.more", more));
    }
    sheet.finish();
  }
}
