package nl.netwerkscan.report;

import nl.netwerkscan.analysis.InHouseAnalysis;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheet 6, Inpandig / In-house: Soort | Aspect | n inpandig | n extern | Gemiddelde
 * inpandig | Gemiddelde extern | Verschil | p-waarde | Effect; the seven rows of Alle first.
 */
final class InHouseSheet {
  private InHouseSheet() {}

  static void write(ReportWorkbook book, InHouseAnalysis.Result result) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.in.house",
            "in.house.type",
            "in.house.aspect",
            "in.house.n.in",
            "in.house.n.ext",
            "in.house.mean.in",
            "in.house.mean.ext",
            "in.house.difference",
            "in.house.p",
            "in.house.effect");
    for (InHouseAnalysis.Row row : result.rows()) {
      sheet.row()
          .text(row.type().map(messages::label).orElseGet(() -> messages.get("all")))
          .text(messages.label(row.aspect()))
          .integer(row.nInHouse())
          .integer(row.nExternal())
          .decimal(row.meanInHouse(), row.nInHouse())
          .decimal(row.meanExternal(), row.nExternal())
          .decimal(row.difference(), Math.min(row.nInHouse(), row.nExternal()))
          .decimal(row.pValue(), Math.min(row.nInHouse(), row.nExternal()))
          .decimal(row.effect(), Math.min(row.nInHouse(), row.nExternal()));
    }
    sheet.finish();
  }
}
