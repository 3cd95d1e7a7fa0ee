package nl.netwerkscan.report;

import java.util.OptionalDouble;
import java.util.stream.Collectors;
import nl.netwerkscan.analysis.StaffPortfolioAnalysis;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheet 12, Medewerkers / Staff: Respondent | Functie | Contacten | Organisaties | Soorten
 * | Enige schakel bij | Organisaties waar enige schakel | Aandeel inpandig | Spreiding |
 * Sleutelpersoon, one row per respondent. The in-house share and the spread rest on few rows for
 * many respondents, so they are marked like every small group.
 */
final class StaffSheet {
  private StaffSheet() {}

  static void write(ReportWorkbook book, StaffPortfolioAnalysis.Result portfolio) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.staff",
            "staff.respondent",
            "staff.function",
            "staff.contacts",
            "staff.organisations",
            "staff.types",
            "staff.sole.link.count",
            "staff.sole.link.organisations",
            "staff.in.house",
            "staff.spread",
            "staff.key.person");
    for (StaffPortfolioAnalysis.Row row : portfolio.rows()) {
      sheet
          .row()
          .text(row.respondent().name())
          .text(messages.label(row.respondent().function()))
          .integer(row.contacts())
          .integer(row.organisations())
          .integer(row.types())
          .integer(row.soleLinkAt().size())
          .text(row.soleLinkAt().stream().map(Organisation::name).collect(Collectors.joining("; ")))
          .percent(row.inHouseShare(), row.inHouseKnown())
          .decimal(OptionalDouble.of(row.spread()), row.contacts())
          .text(messages.get(row.keyPerson() ? "staff.yes" : "staff.no"));
    }
    sheet.finish();
  }
}
