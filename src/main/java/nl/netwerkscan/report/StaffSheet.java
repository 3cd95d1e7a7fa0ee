package nl.netwerkscan.report;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import nl.netwerkscan.analysis.StaffPortfolioAnalysis;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheet 12, Medewerkers / Staff: Respondent | Functie | Contacten | Organisaties | Soorten
 * | Enige schakel bij | Organisaties waar enige schakel | Aandeel inpandig | Spreiding |
 * Sleutelpersoon, one row per respondent. The in-house share and the spread rest on few rows for
 * many respondents: they are muted like every small group, with the explanation once on the
 * column header rather than on each of what can be tens of thousands of cells.
 */
final class StaffSheet {
  private static final int IN_HOUSE_COLUMN = 7;
  private static final int SPREAD_COLUMN = 8;

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
    sheet.markSmallGroupsInHeader(IN_HOUSE_COLUMN, SPREAD_COLUMN);
    // Texts made once, not per row: a regional survey has tens of thousands of respondents.
    Map<FunctionGroup, String> functions = new HashMap<>();
    String yes = messages.get("staff.yes");
    String no = messages.get("staff.no");
    for (StaffPortfolioAnalysis.Row row : portfolio.rows()) {
      sheet
          .row()
          .text(row.respondent().name())
          .text(functions.computeIfAbsent(row.respondent().function(), messages::label))
          .integer(row.contacts())
          .integer(row.organisations())
          .integer(row.types())
          .integer(row.soleLinkAt().size())
          .text(row.soleLinkAt().stream().map(Organisation::name).collect(Collectors.joining("; ")))
          .percent(row.inHouseShare(), row.inHouseKnown())
          .decimal(OptionalDouble.of(row.spread()), row.contacts())
          .text(row.keyPerson() ? yes : no);
    }
    sheet.finish();
  }
}
