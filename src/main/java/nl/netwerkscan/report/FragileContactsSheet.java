package nl.netwerkscan.report;

import java.util.Locale;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.Risk;
import nl.netwerkscan.analysis.Side;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheet 7, Kwetsbare contacten / Fragile contacts: Organisatie | Soort | Medewerkers |
 * Contacten | Externe personen | Meest genoemde persoon | Aandeel meest genoemde | Veerkracht |
 * Risico | Toelichting, in the analysis' order (high, medium, low; contacts descending).
 */
final class FragileContactsSheet {
  private FragileContactsSheet() {}

  static void write(ReportWorkbook book, FragilityAnalysis.Result fragility) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.fragile",
            "fragile.organisation",
            "fragile.type",
            "fragile.staff",
            "fragile.contacts",
            "fragile.persons",
            "fragile.most.named",
            "fragile.share",
            "fragile.resilience",
            "fragile.risk",
            "fragile.explanation");
    for (FragilityAnalysis.Row row : fragility.rows()) {
      sheet
          .row()
          .text(row.organisation().name())
          .text(messages.label(row.organisation().type()))
          .integer(row.figures().staff())
          .integer(row.figures().contacts())
          .integer(row.figures().externalPersons())
          .integer(row.mostNamedMentions())
          .percent(row.share())
          .integer(row.resilience())
          .risk(risk(messages, row.risk()), row.risk())
          .text(new ActionTexts(messages).carriers(row.carriers()));
    }
    sheet.finish();
  }

  static String risk(Messages messages, Risk risk) {
    return messages.get("risk." + risk.name().toLowerCase(Locale.ROOT));
  }

  static String side(Messages messages, Side side) {
    return messages.get("side." + side.name().toLowerCase(Locale.ROOT));
  }
}
