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
        book.tableWithHeaders(messages.get("sheet.distances"), headers(messages, null));
    for (DistanceAnalysis.Row row : result.rows()) {
      cells(messages, sheet.row(), row);
    }
    sheet.finish();
    sheet.distanceColours(1, Aspect.values().length + 1);
  }

  static void write(ReportWorkbook book, FunctionGroupDistanceAnalysis.Result result) {
    Messages messages = book.messages();
    List<String> groups = new ArrayList<>();
    List<DistanceAnalysis.Row> rows = new ArrayList<>();
    for (FunctionGroupDistanceAnalysis.Row row : result.rows()) {
      groups.add(messages.label(row.group()));
      rows.add(row.distances());
    }
    writeBlocks(book, "sheet.group.distances", "group.distances.function", groups, rows);
  }

  /**
   * A distances sheet in blocks, with a column in front naming each row's block: the function
   * group, or the unit (Afstanden per team / Distances by unit).
   */
  static void writeBlocks(
      ReportWorkbook book, String sheetKey, String blockHeaderKey, List<String> blocks, List<DistanceAnalysis.Row> rows) {
    Messages messages = book.messages();
    TableSheet sheet = book.tableWithHeaders(messages.get(sheetKey), headers(messages, messages.get(blockHeaderKey)));
    for (int i = 0; i < rows.size(); i++) {
      cells(messages, sheet.row().text(blocks.get(i)), rows.get(i));
    }
    sheet.finish();
    sheet.distanceColours(2, Aspect.values().length + 2);
  }

  /** @param blockHeader the header of the column in front, null for none */
  private static String[] headers(Messages messages, String blockHeader) {
    List<String> headers = new ArrayList<>();
    if (blockHeader != null) {
      headers.add(blockHeader);
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
