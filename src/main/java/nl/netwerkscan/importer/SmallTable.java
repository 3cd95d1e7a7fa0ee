package nl.netwerkscan.importer;

import nl.netwerkscan.model.Names;
import java.util.HashMap;
import java.util.Map;

/**
 * The header of a small side sheet (Organisaties, Medewerkers): the first row within the first
 * 20 that names the sheet's key column; other columns are found by any of their names.
 */
final class SmallTable {
  private final Map<String, Integer> indexes = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();

  private SmallTable() {}

  /**
   * @param columns column id → its accepted header spellings; the first column is the key column
   * @return the table, or null when {@code row} does not name the key column
   */
  static SmallTable of(RawRow row, Map<String, String[]> columns, String keyColumn) {
    SmallTable table = new SmallTable();
    for (int i = 0; i < row.cells().length; i++) {
      String key = Names.key(row.text(i));
      for (Map.Entry<String, String[]> column : columns.entrySet()) {
        for (String spelling : column.getValue()) {
          if (!key.isEmpty() && key.equals(Names.key(spelling)) && !table.indexes.containsKey(column.getKey())) {
            table.indexes.put(column.getKey(), i);
            table.texts.put(column.getKey(), row.text(i));
          }
        }
      }
    }
    return table.indexes.containsKey(keyColumn) ? table : null;
  }

  int index(String column) {
    return indexes.getOrDefault(column, -1);
  }

  String text(String column) {
    return texts.getOrDefault(column, column);
  }
}
