package nl.netwerkscan.report;

import java.util.stream.Collectors;
import nl.netwerkscan.analysis.HeadlineAnalysis;
import nl.netwerkscan.analysis.SummaryAnalysis.Summary;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheet 1, Samenvatting / Summary: two columns, Kenmerk | Waarde. The counts first
 * (numeric cells), then the headline findings, each a name in one row and its figure in the
 * next so that every number stays a numeric cell, and last the note on muted figures.
 */
final class SummarySheet {
  private SummarySheet() {}

  static void write(ReportWorkbook book, Summary summary, long highRisk, HeadlineAnalysis.Result headlines) {
    Messages messages = book.messages();
    TableSheet sheet = book.table("sheet.summary", "summary.item", "summary.value");
    line(sheet, messages, "summary.rows.read", summary.rowsRead());
    line(sheet, messages, "summary.rows.used", summary.rowsUsed());
    line(sheet, messages, "summary.rows.rejected", summary.rowsRejected());
    line(sheet, messages, "summary.rows.duplicate", summary.duplicateRows());
    line(sheet, messages, "summary.respondents", summary.respondents());
    line(sheet, messages, "summary.organisations", summary.organisations());
    line(sheet, messages, "summary.external.persons", summary.externalPersons());
    line(sheet, messages, "summary.mentions.named", summary.namedMentions());
    line(sheet, messages, "summary.mentions.unnamed", summary.unnamedMentions());
    line(sheet, messages, "summary.high.risk", highRisk);
    headlines.closest().ifPresent(c -> {
      sheet.row().text(messages.get("summary.closest")).text(messages.label(c.type()));
      sheet.row().text(messages.get("summary.closest.distance")).decimal(c.distance());
    });
    headlines.farthest().ifPresent(f -> {
      sheet.row().text(messages.get("summary.farthest")).text(messages.label(f.type()));
      sheet.row().text(messages.get("summary.farthest.distance")).decimal(f.distance());
    });
    if (!headlines.highRisk().isEmpty()) {
      sheet.row().text(messages.get("summary.high.risk.names"))
          .text(headlines.highRisk().stream().map(o -> o.name()).collect(Collectors.joining("; ")));
    }
    headlines.largestInHouseDifference().ifPresent(d -> {
      sheet.row().text(messages.get("summary.inhouse.aspect")).text(messages.label(d.aspect()));
      sheet.row().text(messages.get("summary.inhouse.difference")).decimal(d.difference());
    });
    sheet.row().text(messages.get("summary.small.groups.note"))
        .text(messages.get("summary.small.groups", TableSheet.SMALL_GROUP));
    sheet.finish();
  }

  private static void line(TableSheet sheet, Messages messages, String key, long value) {
    sheet.row().text(messages.get(key)).integer(value);
  }
}
