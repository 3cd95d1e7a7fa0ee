package nl.netwerkscan.importer;

import nl.netwerkscan.model.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.Unit;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Location;
import nl.netwerkscan.model.ProblemKind;

/** Readers for the optional Organisaties and Medewerkers sheets (survey-format.md). */
final class SideSheets {
  // Accepted header spellings: the Dutch header first, then the English one (as the template
  // writes them), then other spellings.
  static final String[] ORGANISATION_NAME = {"Organisatie", "Organisation", "Organization"};
  static final String[] ORGANISATION_TYPE = {"Soort", "Type", "Organisatiesoort"};
  static final String[] ORGANISATION_ALIASES = {"Aliassen", "Aliases", "Alias"};
  static final String[] STAFF_NAME = {"Respondent", "Respondent", "Medewerker", "Naam", "Name", "Staff member"};
  static final String[] STAFF_FUNCTION = {"Functie", "Function", "Functiegroep", "Function group"};
  static final String[] STAFF_ASKED = {"Aangeschreven", "Asked"};
  static final String[] STAFF_UNIT = Column.TEAM.headers();

  private SideSheets() {}

  /** Adds the rows of an Organisaties sheet to {@code classification}. */
  static RowHandler organisations(String sheet, Classification classification, ProblemLog problems) {
    Map<String, String[]> columns = new LinkedHashMap<>();
    columns.put("name", ORGANISATION_NAME);
    columns.put("type", ORGANISATION_TYPE);
    columns.put("aliases", ORGANISATION_ALIASES);
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

  /** A roster row: the staff member's name, function and unit (each null when empty), whether asked. */
  record RosterRow(String name, String key, FunctionGroup function, boolean asked, Unit unit) {}

  /** Collects the rows of a Medewerkers sheet into {@code roster}. */
  static RowHandler roster(String sheet, List<RosterRow> roster, ProblemLog problems) {
    Map<String, String[]> columns = new LinkedHashMap<>();
    columns.put("name", STAFF_NAME);
    columns.put("function", STAFF_FUNCTION);
    columns.put("asked", STAFF_ASKED);
    columns.put("unit", STAFF_UNIT);
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
        roster.add(new RosterRow(name, Names.key(name), function, asked(row, table), unit(row, table)));
      }

      private Unit unit(RawRow row, SmallTable table) {
        String text = row.text(table.index("unit"));
        String key = Names.key(text);
        return key.isEmpty() ? null : new Unit(key, text.strip());
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
