package nl.netwerkscan.report;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Native Excel bar charts (POI XDDF) beside a table. Series take their values as arrays with
 * the cell range they came from, so the chart holds its own cached values (SXSSF has already
 * flushed the rows when the chart is made) and still refers to the table.
 */
public final class Charts {
  static final int WIDTH_COLUMNS = 10;
  static final int HEIGHT_ROWS = 20;
  /** Answer 5 (closest) to 1: dark green through grey to red, so "close" reads at a glance. */
  static final int[] ANSWER_COLOURS = {0x1A7F37, 0x7FC97F, 0xBDBDBD, 0xF4A261, 0xC0392B};

  private Charts() {}

  /** A chart anchored {@code top} rows down, one column right of the table. */
  public static XSSFChart create(TableSheet sheet, XSSFDrawing drawing, int top, String title) {
    int left = sheet.columnCount() + 1;
    XSSFClientAnchor anchor =
        drawing.createAnchor(0, 0, 0, 0, left, top, left + WIDTH_COLUMNS, top + HEIGHT_ROWS);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    return chart;
  }

  /** Empty bar chart data with a category axis on the left and a value axis at the bottom. */
  static XDDFBarChartData bars(XSSFChart chart, BarGrouping grouping) {
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
    // Categories top-down in table order; the value axis then crosses at the last one (bottom).
    categories.setOrientation(AxisOrientation.MAX_MIN);
    values.setCrosses(AxisCrosses.MAX);
    values.setCrossBetween(AxisCrossBetween.BETWEEN);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(BarDirection.BAR);
    data.setBarGrouping(grouping);
    data.setVaryColors(false);
    if (grouping != BarGrouping.CLUSTERED) {
      data.setOverlap((byte) 100); // stacked bars lie on one another (needs poi-ooxml-full)
    }
    return data;
  }

  /**
   * Gives a series a solid colour. Without one, LibreOffice draws POI's bars invisible (axes and
   * legend, no bars: seen in a PDF of the report).
   */
  public static void fill(XDDFChartData.Series series, int rgb) {
    byte[] bytes = {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    XDDFShapeProperties shape = series.getShapeProperties();
    if (shape == null) {
      shape = new XDDFShapeProperties();
    }
    shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(bytes)));
    series.setShapeProperties(shape);
  }

  /** Gives one bar of a series its own colour, e.g. its organisation type's. */
  public static void fillPoint(XDDFChartData.Series series, int index, int rgb) {
    byte[] bytes = {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    series.getDataPoint(index).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(bytes)));
  }

  public static void legend(XSSFChart chart) {
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
  }

  /** An absolute reference to one column's cells, for a chart series. */
  public static String range(TableSheet sheet, int column, int firstRow, int lastRow) {
    return new org.apache.poi.ss.util.CellRangeAddress(firstRow, lastRow, column, column)
        .formatAsString(sheet.name(), /* useAbsoluteAddress= */ true);
  }

  /** An absolute reference to part of one row, for a series that runs along a row. */
  public static String rowRange(TableSheet sheet, int row, int firstColumn, int lastColumn) {
    return new org.apache.poi.ss.util.CellRangeAddress(row, row, firstColumn, lastColumn)
        .formatAsString(sheet.name(), /* useAbsoluteAddress= */ true);
  }

  /** An absolute reference to single cells, for series whose cells are not adjacent. */
  static String cells(TableSheet sheet, int column, int[] rows) {
    StringBuilder union = new StringBuilder("(");
    for (int i = 0; i < rows.length; i++) {
      union.append(i == 0 ? "" : ",");
      union.append(new CellReference(sheet.name(), rows[i], column, true, true).formatAsString());
    }
    return union.append(')').toString();
  }
}
