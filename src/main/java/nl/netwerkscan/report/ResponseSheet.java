package nl.netwerkscan.report;

import java.util.OptionalLong;
import nl.netwerkscan.analysis.ResponseAnalysis;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheet 9, Respons / Response: Functie | Medewerkers | Aangeschreven | Respons |
 * Percentage, a row per function group, then Totaal. Figures the roster cannot give stay blank.
 */
final class ResponseSheet {
  private ResponseSheet() {}

  static void write(ReportWorkbook book, ResponseAnalysis.Result result) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.response",
            "response.function",
            "response.staff",
            "response.asked",
            "response.responded",
            "response.percentage");
    for (ResponseAnalysis.Row row : result.rows()) {
      TableSheet.RowWriter line =
          sheet.row().text(row.group().map(messages::label).orElseGet(() -> messages.get("total")));
      count(line, row.staff());
      count(line, row.asked());
      line.integer(row.responded()).percent(row.percentage());
    }
    sheet.finish();
  }

  private static void count(TableSheet.RowWriter line, OptionalLong value) {
    if (value.isPresent()) {
      line.integer(value.getAsLong());
    } else {
      line.empty();
    }
  }
}
