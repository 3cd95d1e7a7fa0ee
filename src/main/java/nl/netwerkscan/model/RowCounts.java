package nl.netwerkscan.model;

/**
 * How the data rows of the Contacten sheet were accounted for. Wholly empty rows are not
 * counted as read. Always {@code read == used + rejected + duplicates}.
 */
public record RowCounts(long read, long used, long rejected, long duplicates) {
  public RowCounts {
    if (read != used + rejected + duplicates || used < 0 || rejected < 0 || duplicates < 0) {
      throw new IllegalArgumentException(
          "rows do not reconcile: " + read + " != " + used + " + " + rejected + " + " + duplicates);
    }
  }
}
