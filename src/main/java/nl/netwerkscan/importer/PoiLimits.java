package nl.netwerkscan.importer;

import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI's protections against hostile files, set deliberately and in one place. POI keeps them in
 * static fields, so they hold for the whole JVM: {@link #apply()} runs once, before the first
 * survey is opened (SurveyReader) and before any report is written (Cli). Each value below says
 * why it is what it is; the file-based tests in {@code nl.netwerkscan.hostile} hold them to it
 * in a 512 MB heap.
 */
public final class PoiLimits {
  /**
   * Compressed ÷ inflated size below which a zip entry is taken for a zip bomb. Genuine surveys
   * compress to 0.06-0.10 (measured: the example survey 0.10, a generated million-row survey
   * 0.098); deflate at its best reaches ~0.001 on repetitive XML, which is what a bomb is. 0.01
   * (POI's default, kept on purpose) leaves six times room below genuine files and ten above the
   * best a bomb can do.
   */
  static final double MIN_INFLATE_RATIO = 0.01;

  /**
   * The inflated size below which the ratio is not checked. POI's 100 KB refused a harmless
   * sheet of four rows with 32,000-character names (repetitive text compresses beyond 100:1;
   * so does a short sheet of identical answers). 16 MB of XML takes milliseconds to read and a
   * few MB of heap at most, and a bomb is still stopped after those 16 MB, well within a second.
   */
  static final long GRACE_ENTRY_SIZE = 16L * 1024 * 1024;

  /**
   * The most entries a package may have. A survey workbook has 10-30 parts (sheets, styles,
   * strings, properties, a few pictures); POI's default of 1000 is kept, on purpose: room for a
   * workbook with many sheets or pictures, no room for a zip of a million tiny entries.
   */
  static final long MAX_FILE_COUNT = 1000;

  /**
   * The largest inflated size of one zip entry. The largest sheet Excel can hold, 1,048,576 rows
   * of 12 columns, written with inline strings as streaming writers do, is ~565 MB of XML
   * (measured with {@code unzip -l} on a generated million-row survey); names longer than the
   * generator's can double that. 2 GiB lets every genuine survey through, and bounds the time
   * (well under a minute of parsing) a file that passes the ratio test can keep us busy. Memory is not the
   * reason: the sheet is streamed.
   */
  static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;

  /**
   * The largest shared-strings table (its XML) we load; POI keeps every distinct text of the
   * workbook in memory as one String. Real surveys hold a few thousand distinct names (a few
   * MB even at a million rows). 64 MB of XML is at most ~4 million tiny strings, ~200 MB of
   * heap: within the 512 MB the tool is tested with. Checked by {@link XlsxSource} while
   * reading, on the bytes actually inflated, not on what the zip directory claims.
   */
  static final long MAX_SHARED_STRINGS_XML = 64L * 1024 * 1024;

  /**
   * The most characters POI's text extractors return. netwerkscan uses no extractor (it reads
   * cells itself), so this only matters if one is ever added; POI's 10 M characters default is
   * set explicitly so that it is a decision, not an accident.
   */
  static final long MAX_TEXT_SIZE = 10L * 1024 * 1024;

  /**
   * The largest single byte array POI may allocate for one record (HSSF/.xls records, pictures,
   * OLE2 streams). An .xls record is at most 8,224 bytes and a sheet of Excel 97 at most 65,536
   * rows, but a workbook may carry a logo or picture of a few MB, which POI's per-record caps
   * (100,000 bytes for some types) would refuse; 64 MB lets any genuine record through, while a
   * hostile length field can no longer ask for 2 GB in one go in our 512 MB heap. It also bounds
   * the pictures our own slides embed (a network PNG is well under 10 MB).
   */
  static final int BYTE_ARRAY_MAX = 64 * 1024 * 1024;

  private static volatile boolean applied;

  private PoiLimits() {}

  /** Sets the limits; idempotent and cheap after the first call. */
  public static void apply() {
    if (applied) {
      return;
    }
    synchronized (PoiLimits.class) {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
      ZipSecureFile.setGraceEntrySize(GRACE_ENTRY_SIZE);
      ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
      ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
      IOUtils.setByteArrayMaxOverride(BYTE_ARRAY_MAX);
      applied = true;
    }
  }

  /**
   * Whether POI refused a zip entry as a bomb (too high a compression ratio, or too many
   * entries). POI signals both with a plain IOException, so its message is the only mark; a
   * test pins that text, so a POI upgrade that changes it fails loudly rather than silently
   * turning the message into "unreadable".
   */
  static boolean isZipBomb(Throwable failure) {
    return causeMentions(failure, "zip bomb detected", "ratio") || causeMentions(failure, "potentially malicious", "");
  }

  /** Whether POI refused a zip entry for inflating beyond {@link #MAX_ENTRY_SIZE}. */
  static boolean isTooLarge(Throwable failure) {
    return causeMentions(failure, "zip bomb detected", "max size of the expanded data");
  }

  private static boolean causeMentions(Throwable failure, String first, String second) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains(first) && message.contains(second)) {
        return true;
      }
    }
    return false;
  }

  /** The megabytes shown in error.file.too.large. */
  static String megabytes(long bytes) {
    return Long.toString(bytes / (1024 * 1024));
  }
}
