package nl.netwerkscan.model;

import java.util.Objects;

/**
 * Where an imported value came from, as the user sees it in the spreadsheet.
 *
 * @param sheet the sheet name (for a CSV file: the file name)
 * @param row the 1-based row number as Excel shows it
 * @param column the 0-based column index, or {@link #WHOLE_ROW}
 */
public record Location(String sheet, int row, int column) {
  public static final int WHOLE_ROW = -1;

  public Location {
    Objects.requireNonNull(sheet);
    if (row < 1 || column < WHOLE_ROW) {
      throw new IllegalArgumentException("bad location " + sheet + " " + row + " " + column);
    }
  }

  public static Location row(String sheet, int row) {
    return new Location(sheet, row, WHOLE_ROW);
  }

  public boolean isWholeRow() {
    return column == WHOLE_ROW;
  }
}
