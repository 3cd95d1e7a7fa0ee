package nl.netwerkscan.report.slides;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * POI stamps every part of a .pptx with the clock time of writing, so the same survey gave a
 * different presentation file every run (the workbook's parts are already stamped 1980). Reports
 * must be comparable byte for byte (issue 7), so the parts are copied with one fixed time.
 */
final class FixedZipTimes {
  /** The zip format's earliest date, as POI's own workbooks carry. */
  private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

  private FixedZipTimes() {}

  static void copy(byte[] zip, OutputStream out) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        fixed.setTimeLocal(FIXED); // local time: no time zone makes the bytes differ
        copy.putNextEntry(fixed);
        in.transferTo(copy);
        copy.closeEntry();
      }
    }
  }
}
