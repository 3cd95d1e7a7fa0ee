package nl.netwerkscan.report;

import java.util.List;
import nl.netwerkscan.analysis.AspectDistributionAnalysis;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.text.Messages;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Contract sheet 4, Aspecten / Aspects, long format: Aspect | Soort | Waarde | Antwoord |
 * Aantal | Percentage, per aspect, type and value 5..1; and per aspect one percent-stacked bar
 * chart: a bar per type, a segment per answer. A series takes the Percentage cells of its
 * answer, every fifth row of the aspect's block, as a union reference.
 */
final class AspectsSheet {
  private static final int PERCENTAGE_COLUMN = 5;
  private static final int VALUES = Answers.MAX - Answers.MIN + 1;

  private AspectsSheet() {}

  static void write(ReportWorkbook book, AspectDistributionAnalysis.Result result) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.aspects",
            "aspects.aspect",
            "aspects.type",
            "aspects.value",
            "aspects.answer",
            "aspects.count",
            "aspects.percentage");
    int[] firstRow = new int[Aspect.values().length];
    for (Aspect aspect : Aspect.values()) {
      firstRow[aspect.ordinal()] = sheet.rowCount();
      for (AspectDistributionAnalysis.Row row : result.rows(aspect)) {
        sheet.row()
            .text(messages.label(aspect))
            .text(messages.label(row.type()))
            .integer(row.value())
            .text(answer(messages, aspect, row.value()))
            .integer(row.count())
            .percent(row.share(), row.answered());
      }
    }
    sheet.finish();
    if (result.types().isEmpty()) {
      return;
    }
    // Two charts a page, legible on paper; the table rows run on beside them.
    sheet.printInPages(2 * (Charts.HEIGHT_ROWS + 1));
    XSSFDrawing drawing = sheet.drawing();
    for (Aspect aspect : Aspect.values()) {
      chart(sheet, drawing, messages, aspect, result, firstRow[aspect.ordinal()]);
    }
  }

  private static void chart(
      TableSheet sheet,
      XSSFDrawing drawing,
      Messages messages,
      Aspect aspect,
      AspectDistributionAnalysis.Result result,
      int firstRow) {
    int top = aspect.ordinal() * (Charts.HEIGHT_ROWS + 1);
    XSSFChart chart =
        Charts.create(sheet, drawing, top, messages.get("aspects.chart.title", messages.label(aspect)));
    XDDFBarChartData data = Charts.bars(chart, BarGrouping.PERCENT_STACKED);
    List<AspectDistributionAnalysis.Row> rows = result.rows(aspect);
    int types = result.types().size();
    String[] labels = new String[types];
    int[] typeRows = new int[types];
    for (int t = 0; t < types; t++) {
      labels[t] = messages.label(result.types().get(t));
      typeRows[t] = firstRow + t * VALUES;
    }
    for (int v = 0; v < VALUES; v++) { // series in row order: 5 first
      Double[] shares = new Double[types];
      int[] cells = new int[types];
      for (int t = 0; t < types; t++) {
        AspectDistributionAnalysis.Row row = rows.get(t * VALUES + v);
        shares[t] = row.share().orElse(0);
        cells[t] = firstRow + t * VALUES + v;
      }
      int value = Answers.MAX - v;
      data.addSeries(
              XDDFDataSourcesFactory.fromArray(labels, Charts.cells(sheet, 1, typeRows)),
              XDDFDataSourcesFactory.fromArray(shares, Charts.cells(sheet, PERCENTAGE_COLUMN, cells)))
          .setTitle(answer(messages, aspect, value), null);
    }
    chart.plot(data);
    for (int v = 0; v < VALUES; v++) {
      Charts.fill(data.getSeries(v), Charts.ANSWER_COLOURS[v]);
    }
    Charts.legend(chart);
  }

  static String answer(Messages messages, Aspect aspect, int value) {
    return messages.get("answer." + aspect.key() + "." + value);
  }
}
