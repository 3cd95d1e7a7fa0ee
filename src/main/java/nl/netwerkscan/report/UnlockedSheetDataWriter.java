package nl.netwerkscan.report;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's writer of a sheet's rows into its temporary file, through {@link
 * UnlockedBufferedWriter} instead of a {@code BufferedWriter}: SXSSF writes a cell's reference,
 * style and value in pieces of a few characters, each a lock of its own in a {@code
 * BufferedWriter}, and a Medewerkers sheet of a million-row survey is the report's longest task.
 * The temporary file is POI's own, made and removed by POI as before.
 */
final class UnlockedSheetDataWriter extends SheetDataWriter {
  UnlockedSheetDataWriter() throws IOException {
    super();
  }

  /**
   * POI's own extension point for the writer (its deprecation says it will become protected);
   * called by the superclass's constructor, so it uses no field of this class.
   */
  @Override
  @SuppressWarnings("deprecation")
  public Writer createWriter(File file) throws IOException {
    return UnlockedBufferedWriter.open(file.toPath());
  }
}
