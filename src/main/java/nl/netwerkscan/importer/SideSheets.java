package nl.netwerkscan.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Location;
import nl.netwerkscan.model.ProblemKind;

/** Readers for the optional Organisaties and Medewerkers sheets (survey-format.md). */
final class SideSheets {
  private SideSheets() {}

  /** Adds the rows of an Organisaties sheet to {@code classification}. */
  static RowHandler organisations(String sheet, Classification classification, ProblemLog problems) {
    Map<String, String[]> columns = new LinkedHashMap<>();
    columns.put("name", new String[] {"Organisatie", "Organisation", "Organization"});
    columns.put("type", new String[] {"Soort", "Type", "Organisatiesoort"});
    columns.put("aliases", new String[] {"Aliassen", "Aliases", "Alias"});
    return new HeaderedRows(columns, "name") {
      @Override
      void data(RawRow row, SmallTable table) {
        String name = row.text(table.index("name"));
        if (Names.key(name).isEmpty()) {
          problems.add(Location.row(sheet, row.number()), "", ProblemKind.INVALID_ORGANISATION_ROW, table.text("name"));
          return;
        }
        classification.add(name, row.text(table.index("type")), row.text(table.index("aliases")));
      }
    };
  }

  /** A roster row: the staff member's name, function (may be empty) and whether asked. */
  record RosterRow(String name, String key, FunctionGroup function, boolean asked) {}

  /** Collects the rows of a Medewerkers sheet into {@code roster}. */
  static RowHandler roster(String sheet, List<RosterRow> roster, ProblemLog problems) {
    Map<String, String[]> columns = new LinkedHashMap<>();
    columns.put("name", new String[] {"Respondent", "Medewerker", "Naam", "Name", "Staff member"});
    columns.put("function", new String[] {"Functie", "Function", "Functiegroep", "Function group"});
    columns.put("asked", new String[] {"Aangeschreven", "Asked"});
    return new HeaderedRows(columns, "name") {
      @Override
      void data(RawRow row, SmallTable table) {
        String name = row.text(table.index("name"));
        if (Names.key(name).isEmpty()) {
          problems.add(Location.row(sheet, row.number()), "", ProblemKind.INVALID_STAFF_ROW, table.text("name"));
          return;
        }
        String functionText = row.text(table.index("function"));
        FunctionGroup function = functionText.isEmpty() ? null : Parsing.function(functionText);
        roster.add(new RosterRow(name, Names.key(name), function, asked(row, table)));
      }

      private boolean asked(RawRow row, SmallTable table) {
        String text = row.text(table.index("asked"));
        if (text.isEmpty()) {
          return true;
        }
        InHouse value = Parsing.yesNo(text);
        if (value == null) {
          problems.add(
              new Location(sheet, row.number(), table.index("asked")), text, ProblemKind.INVALID_ASKED, text, table.text("asked"));
          return true;
        }
        return value == InHouse.YES;
      }
    };
  }

  /** Rows below a header found within the first 20 rows; a side sheet without one is ignored. */
  private abstract static class HeaderedRows implements RowHandler {
    private final Map<String, String[]> columns;
    private final String keyColumn;
    private SmallTable table;

    HeaderedRows(Map<String, String[]> columns, String keyColumn) {
      this.columns = columns;
      this.keyColumn = keyColumn;
    }

    @Override
    public void row(RawRow row) {
      if (table == null) {
        if (row.number() <= ContactRows.HEADER_SEARCH_ROWS) {
          table = SmallTable.of(row, columns, keyColumn);
        }
      } else if (!row.isBlank()) {
        data(row, table);
      }
    }

    abstract void data(RawRow row, SmallTable table);
  }
}
