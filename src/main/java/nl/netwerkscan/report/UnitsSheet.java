package nl.netwerkscan.report;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.analysis.UnitAnalysis;
import nl.netwerkscan.model.Unit;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheets 14-16, for a survey with two or more units: Teams / Units (one row per unit,
 * ranked, then Alle), Gedeelde partners / Shared partners, and Afstanden per team / Distances by
 * unit. A unit's figures resting on fewer than {@link TableSheet#SMALL_GROUP} respondents are
 * marked like other small groups.
 */
final class UnitsSheet {
  private UnitsSheet() {}

  static void write(ReportWorkbook book, UnitAnalysis.Result units) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.units", "units.unit", "units.respondents", "units.contacts", "units.organisations",
            "units.persons", "units.high.risk", "units.medium.risk", "units.mean.distance", "units.response");
    List<UnitAnalysis.UnitRow> rows = new ArrayList<>(units.units());
    rows.add(units.all());
    for (UnitAnalysis.UnitRow row : rows) {
      sheet.row()
          .text(name(messages, row))
          .integer(row.respondents())
          .integer(row.contacts())
          .integer(row.organisations())
          .integer(row.externalPersons())
          .integer(row.highRisk())
          .integer(row.mediumRisk())
          .decimal(row.meanDistance(), row.respondents())
          .percent(row.response(), row.respondents());
    }
    sheet.finish();
    shared(book, units);
    distances(book, rows, messages);
  }

  private static void shared(ReportWorkbook book, UnitAnalysis.Result units) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.shared.partners", "shared.organisation", "shared.type", "shared.units",
            "shared.units.high.risk", "shared.resilience", "shared.risk");
    for (UnitAnalysis.SharedPartner partner : units.shared()) {
      sheet.row()
          .text(partner.organisation().name())
          .text(messages.label(partner.organisation().type()))
          .integer(partner.units())
          .integer(partner.unitsAtHighRisk())
          .integer(partner.resilience())
          .risk(FragileContactsSheet.risk(messages, partner.risk()), partner.risk());
    }
    sheet.finish();
  }

  private static void distances(ReportWorkbook book, List<UnitAnalysis.UnitRow> units, Messages messages) {
    List<String> blocks = new ArrayList<>();
    List<DistanceAnalysis.Row> rows = new ArrayList<>();
    for (UnitAnalysis.UnitRow unit : units) {
      for (DistanceAnalysis.Row row : unit.distances().rows()) {
        blocks.add(name(messages, unit));
        rows.add(row);
      }
    }
    DistancesSheet.writeBlocks(book, "sheet.unit.distances", "unit.distances.unit", blocks, rows);
  }

  private static String name(Messages messages, UnitAnalysis.UnitRow row) {
    return row.unit().map(unit -> label(messages, unit)).orElseGet(() -> messages.get("all"));
  }

  static String label(Messages messages, Unit unit) {
    return unit.isUnknown() ? messages.get("unit.unknown") : unit.name();
  }
}
