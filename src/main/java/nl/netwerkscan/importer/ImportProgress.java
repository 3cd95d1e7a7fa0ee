package nl.netwerkscan.importer;

/**
 * Hears how far the reading of the Contacten sheet is, for a progress display. Called from the
 * reading threads; implementations must be thread-safe and cheap.
 */
public interface ImportProgress {
  ImportProgress NONE =
      new ImportProgress() {
        @Override
        public void expect(long rows) {}

        @Override
        public void read(long rows) {}
      };

  /** About how many rows the sheet has (from the workbook's own dimension, when it says). */
  void expect(long rows);

  /** Rows read so far. */
  void read(long rows);
}
