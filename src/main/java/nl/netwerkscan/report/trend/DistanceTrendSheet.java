package nl.netwerkscan.report.trend;

import java.util.List;
import java.util.OptionalDouble;
import nl.netwerkscan.analysis.DistanceTrendAnalysis;
import nl.netwerkscan.analysis.SurveyYear;
import nl.netwerkscan.report.Charts;
import nl.netwerkscan.report.ReportWorkbook;
import nl.netwerkscan.report.TableSheet;
import nl.netwerkscan.report.diagram.TypePalette;
import nl.netwerkscan.text.Messages;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;

/**
 * trend.xlsx, Afstanden / Distances: Soort | Aspect | one column per year, per type its seven
 * aspects and their mean, then all types; beside it a native line chart of each type's mean
 * distance over the years, in the types' colours of the diagrams, with a gap for a year without
 * answers.
 */
final class DistanceTrendSheet {
  private static final int FIRST_YEAR_COLUMN = 2;

  private DistanceTrendSheet() {}

  static void write(ReportWorkbook book, List<SurveyYear> years, DistanceTrendAnalysis.Result result) {
    Messages messages = book.messages();
    String[] headers = new String[FIRST_YEAR_COLUMN + years.size()];
    headers[0] = messages.get("compare.type");
    headers[1] = messages.get("compare.aspect");
    for (int i = 0; i < years.size(); i++) {
      headers[FIRST_YEAR_COLUMN + i] = years.get(i).label();
    }
    TableSheet sheet = book.tableWithHeaders(messages.get("trend.sheet.distances"), headers);
    for (DistanceTrendAnalysis.Row row : result.rows()) {
      TableSheet.RowWriter line =
          sheet.row()
              .text(row.type().map(messages::label).orElseGet(() -> messages.get("all")))
              .text(row.aspect().map(messages::label).orElseGet(() -> messages.get("distances.mean")));
      row.years().forEach(line::decimal);
    }
    sheet.finish();
    sheet.distanceColours(FIRST_YEAR_COLUMN, FIRST_YEAR_COLUMN + years.size() - 1);
    chart(sheet, messages, years, result);
  }

  /** One line per type, from its mean row; the categories are the year headers. */
  private static void chart(
      TableSheet sheet, Messages messages, List<SurveyYear> years, DistanceTrendAnalysis.Result result) {
    // A type without any answer in any year would only add a legend entry without a line.
    List<DistanceTrendAnalysis.Row> means =
        result.typeMeans().stream().filter(row -> row.years().stream().anyMatch(OptionalDouble::isPresent)).toList();
    if (means.isEmpty()) {
      return;
    }
    int lastYearColumn = FIRST_YEAR_COLUMN + years.size() - 1;
    XSSFChart chart = Charts.create(sheet, sheet.drawing(), 0, messages.get("trend.distances.chart"));
    chart.displayBlanksAs(DisplayBlanks.GAP); // a year without answers is no distance of 0
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    values.setMinimum(0);
    values.setMaximum(1);
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
    data.setVaryColors(false);
    String[] labels = years.stream().map(SurveyYear::label).toArray(String[]::new);
    for (DistanceTrendAnalysis.Row mean : means) {
      int row = 1 + result.rows().indexOf(mean);
      Double[] points = mean.years().stream().map(DistanceTrendSheet::boxed).toArray(Double[]::new);
      XDDFLineChartData.Series series =
          (XDDFLineChartData.Series)
              data.addSeries(
                  XDDFDataSourcesFactory.fromArray(labels, Charts.rowRange(sheet, 0, FIRST_YEAR_COLUMN, lastYearColumn)),
                  XDDFDataSourcesFactory.fromArray(points, Charts.rowRange(sheet, row, FIRST_YEAR_COLUMN, lastYearColumn)));
      series.setTitle(messages.label(mean.type().orElseThrow()), null);
      series.setSmooth(false);
      series.setMarkerStyle(MarkerStyle.CIRCLE);
      colour(series, TypePalette.colour(mean.type().orElseThrow()).getRGB());
    }
    chart.plot(data);
    Charts.legend(chart);
  }

  private static void colour(XDDFLineChartData.Series series, int rgb) {
    byte[] bytes = {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    XDDFLineProperties line = new XDDFLineProperties();
    line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(bytes)));
    line.setWidth(2.5);
    XDDFShapeProperties shape = series.getShapeProperties();
    if (shape == null) {
      shape = new XDDFShapeProperties();
    }
    shape.setLineProperties(line);
    series.setShapeProperties(shape);
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
