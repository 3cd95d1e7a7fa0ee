package nl.netwerkscan.report;

import nl.netwerkscan.analysis.DepartureAnalysis;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheet 8, Vertrekscenario / Departures: Persoon | Kant | Organisatie | Contacten, one
 * row per person whose departure alone leaves an organisation without contact.
 */
final class DeparturesSheet {
  private DeparturesSheet() {}

  static void write(ReportWorkbook book, DepartureAnalysis.Result departures) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.departures",
            "departures.person",
            "departures.side",
            "departures.organisation",
            "departures.contacts");
    for (DepartureAnalysis.Departure departure : departures.departures()) {
      sheet
          .row()
          .text(departure.person().name().orElseThrow())
          .text(FragileContactsSheet.side(messages, departure.person().side()))
          .text(departure.organisation().name())
          .integer(departure.contacts());
    }
    sheet.finish();
  }
}
