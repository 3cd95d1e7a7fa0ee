package nl.netwerkscan.report;

import java.util.OptionalLong;
import nl.netwerkscan.analysis.SummaryAnalysis.Summary;

/** Contract sheet 1, Samenvatting / Summary: two columns, Kenmerk | Waarde. */
final class SummarySheet {
  private SummarySheet() {}

  /**
   * @param highRisk the number of high-risk organisations, empty until the fragility analysis
   *     has run (then the row is left out rather than showing a false zero)
   */
  static void write(ReportWorkbook book, Summary summary, OptionalLong highRisk) {
    TableSheet sheet = book.table("sheet.summary", "summary.item", "summary.value");
    line(book, sheet, "summary.rows.read", summary.rowsRead());
    line(book, sheet, "summary.rows.used", summary.rowsUsed());
    line(book, sheet, "summary.rows.rejected", summary.rowsRejected());
    line(book, sheet, "summary.rows.duplicate", summary.duplicateRows());
    line(book, sheet, "summary.respondents", summary.respondents());
    line(book, sheet, "summary.organisations", summary.organisations());
    line(book, sheet, "summary.external.persons", summary.externalPersons());
    line(book, sheet, "summary.mentions.named", summary.namedMentions());
    line(book, sheet, "summary.mentions.unnamed", summary.unnamedMentions());
    if (highRisk.isPresent()) {
      line(book, sheet, "summary.high.risk", highRisk.getAsLong());
    }
    sheet.finish();
  }

  private static void line(ReportWorkbook book, TableSheet sheet, String key, long value) {
    sheet.row().text(book.messages().get(key)).integer(value);
  }
}
