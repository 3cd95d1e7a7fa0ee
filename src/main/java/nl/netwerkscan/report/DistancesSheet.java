package nl.netwerkscan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.analysis.FunctionGroupDistanceAnalysis;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheet 5, Afstanden / Distances: Soort | the seven aspects | Gemiddeld | Contacten,
 * closest type first, then Alle; and the extra sheet Afstanden per functiegroep / Distances by
 * function group with a Functie column in front, a block per function group. The distance cells
 * carry a colour scale, close green to far red.
 */
final class DistancesSheet {
  private DistancesSheet() {}

  static void write(ReportWorkbook book, DistanceAnalysis.Result result) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.tableWithHeaders(messages.get("sheet.distances"), headers(messages, false));
    for (DistanceAnalysis.Row row : result.rows()) {
      cells(messages, sheet.row(), row);
    }
    sheet.finish();
    sheet.distanceColours(1, Aspect.values().length + 1);
  }

  static void write(ReportWorkbook book, FunctionGroupDistanceAnalysis.Result result) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.tableWithHeaders(messages.get("sheet.group.distances"), headers(messages, true));
    for (FunctionGroupDistanceAnalysis.Row row : result.rows()) {
      cells(messages, sheet.row().text(messages.label(row.group())), row.distances());
    }
    sheet.finish();
    sheet.distanceColours(2, Aspect.values().length + 2);
  }

  private static String[] headers(Messages messages, boolean withFunction) {
    List<String> headers = new ArrayList<>();
    if (withFunction) {
      headers.add(messages.get("group.distances.function"));
    }
    headers.add(messages.get("distances.type"));
    for (Aspect aspect : Aspect.values()) {
      headers.add(messages.label(aspect));
    }
    headers.add(messages.get("distances.mean"));
    headers.add(messages.get("distances.contacts"));
    return headers.toArray(String[]::new);
  }

  private static void cells(Messages messages, TableSheet.RowWriter line, DistanceAnalysis.Row row) {
    line.text(row.type().map(messages::label).orElseGet(() -> messages.get("all")));
    long mostAnswered = 0;
    for (int a = 0; a < row.distances().size(); a++) {
      line.decimal(row.distances().get(a), row.answered().get(a));
      mostAnswered = Math.max(mostAnswered, row.answered().get(a));
    }
    line.decimal(row.mean(), mostAnswered).integer(row.contacts());
  }
}
