package nl.netwerkscan.report;

import nl.netwerkscan.analysis.OrganisationTypeAnalysis;
import nl.netwerkscan.report.diagram.TypePalette;
import nl.netwerkscan.text.Messages;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;

/**
 * Contract sheet 2, Organisatiesoorten / Organisation types: Soort | Contacten | Aandeel |
 * Organisaties | Respondenten, one row per type with contacts, and a bar chart of the contacts,
 * each bar in its type's colour of the diagrams.
 */
final class OrganisationTypesSheet {
  private OrganisationTypesSheet() {}

  static void write(ReportWorkbook book, OrganisationTypeAnalysis.Result result) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.types",
            "types.type",
            "types.contacts",
            "types.share",
            "types.organisations",
            "types.respondents");
    int n = result.rows().size();
    String[] labels = new String[n];
    Long[] contacts = new Long[n];
    for (int i = 0; i < n; i++) {
      OrganisationTypeAnalysis.Row row = result.rows().get(i);
      labels[i] = messages.label(row.type());
      contacts[i] = row.contacts();
      sheet.row()
          .text(labels[i])
          .integer(row.contacts())
          .percent(row.share())
          .integer(row.organisations())
          .integer(row.respondents());
    }
    sheet.finish();
    if (n > 0) {
      XSSFChart chart = Charts.create(sheet, sheet.drawing(), 0, messages.get("types.chart.title"));
      XDDFBarChartData data = Charts.bars(chart, BarGrouping.CLUSTERED);
      XDDFChartData.Series series =
          data.addSeries(
              XDDFDataSourcesFactory.fromArray(labels, Charts.range(sheet, 0, 1, n)),
              XDDFDataSourcesFactory.fromArray(contacts, Charts.range(sheet, 1, 1, n)));
      series.setTitle(messages.get("types.contacts"), null);
      chart.plot(data);
      // The diagrams' colour of each type, so a type looks the same in every picture and chart.
      for (int i = 0; i < n; i++) {
        Charts.fillPoint(series, i, TypePalette.colour(result.rows().get(i).type()).getRGB() & 0xFFFFFF);
      }
    }
  }
}
