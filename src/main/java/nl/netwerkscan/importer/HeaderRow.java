package nl.netwerkscan.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of the Contacten sheet: which column holds which field. Headers match in Dutch
 * or English, in any order, without case, accents, spaces or punctuation; a header that names no
 * field (or a field already taken by a column to its left) is an unknown column.
 */
final class HeaderRow {
  private final int rowNumber;
  private final Map<Column, Integer> indexes = new EnumMap<>(Column.class);
  private final String[] texts;
  private final List<Integer> unknown = new ArrayList<>();

  private HeaderRow(RawRow row) {
    this.rowNumber = row.number();
    this.texts = new String[row.cells().length];
    for (int i = 0; i < row.cells().length; i++) {
      String text = row.text(i);
      texts[i] = text;
      if (text.isEmpty()) {
        continue;
      }
      Optional<Column> column = Column.forHeader(text);
      if (column.isPresent() && !indexes.containsKey(column.get())) {
        indexes.put(column.get(), i);
      } else {
        unknown.add(i);
      }
    }
  }

  /** The header row, when {@code row} holds both required headers. */
  static Optional<HeaderRow> of(RawRow row) {
    HeaderRow header = new HeaderRow(row);
    return header.missingRequired().isEmpty() ? Optional.of(header) : Optional.empty();
  }

  static boolean hasRequiredHeaders(String[] cells) {
    String[] unquoted = Arrays.stream(cells).map(c -> c.replace("\"", "")).toArray(String[]::new);
    return of(new RawRow(1, unquoted)).isPresent();
  }

  /** How many fields {@code row} names; the best candidate names the missing ones. */
  static int recognised(RawRow row) {
    return new HeaderRow(row).indexes.size();
  }

  static List<Column> missingRequired(RawRow row) {
    return new HeaderRow(row).missingRequired();
  }

  private List<Column> missingRequired() {
    List<Column> missing = new ArrayList<>();
    for (Column column : Column.values()) {
      if (column.required() && !indexes.containsKey(column)) {
        missing.add(column);
      }
    }
    return missing;
  }

  int rowNumber() {
    return rowNumber;
  }

  /** The 0-based index of {@code column}, or -1 when the survey lacks it. */
  int index(Column column) {
    return indexes.getOrDefault(column, -1);
  }

  boolean has(Column column) {
    return indexes.containsKey(column);
  }

  /** The header of {@code column} as the survey writes it (for messages). */
  String text(Column column) {
    int index = index(column);
    return index < 0 ? column.dutchHeader() : texts[index];
  }

  String text(int index) {
    return texts[index];
  }

  List<Integer> unknownColumns() {
    return unknown;
  }
}
