package nl.netwerkscan.importer;

/**
 * One row of a sheet as text cells, before any interpretation. Numbers arrive in their plain
 * form ("3", "2.5"), dates as ISO dates, booleans as TRUE/FALSE; a blank cell is null.
 *
 * @param number the 1-based row number as the spreadsheet shows it
 */
record RawRow(int number, String[] cells) {

  /** The trimmed text of column {@code index}, or "" when blank or beyond the row. */
  String text(int index) {
    if (index < 0 || index >= cells.length || cells[index] == null) {
      return "";
    }
    return cells[index].strip();
  }

  boolean isBlank() {
    for (String cell : cells) {
      if (cell != null && !cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
