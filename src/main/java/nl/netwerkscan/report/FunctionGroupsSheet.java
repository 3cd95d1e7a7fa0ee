package nl.netwerkscan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import nl.netwerkscan.analysis.FunctionGroupAnalysis;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheet 3, Functiegroepen / Function groups: Soort, one column per function group
 * present, Alle respondenten; rows the types, then Totaal; cells contacts per respondent.
 */
final class FunctionGroupsSheet {
  private FunctionGroupsSheet() {}

  static void write(ReportWorkbook book, FunctionGroupAnalysis.Result result) {
    Messages messages = book.messages();
    List<String> headers = new ArrayList<>();
    headers.add(messages.get("functions.type"));
    for (FunctionGroup group : result.groups()) {
      headers.add(messages.label(group));
    }
    headers.add(messages.get("functions.all"));
    TableSheet sheet = book.tableWithHeaders(messages.get("sheet.functions"), headers.toArray(String[]::new));
    for (FunctionGroupAnalysis.Row row : result.rows()) {
      TableSheet.RowWriter line =
          sheet.row().text(row.type().map(messages::label).orElseGet(() -> messages.get("total")));
      for (int g = 0; g < row.perRespondent().size(); g++) {
        line.decimal(OptionalDouble.of(row.perRespondent().get(g)), result.respondents().get(g));
      }
      line.decimal(OptionalDouble.of(row.allPerRespondent()), result.allRespondents());
    }
    sheet.finish();
  }
}
