package nl.netwerkscan.importer;

import java.io.Closeable;
import java.util.List;

/** A survey file as a set of named sheets whose rows can be streamed one sheet at a time. */
interface SheetSource extends Closeable {

  /** The sheet names in workbook order (a CSV file has one sheet: the file name). */
  List<String> sheetNames();

  /** Streams the rows of {@code sheet} to {@code handler}, blank rows included. */
  void read(String sheet, RowHandler handler) throws SurveyException;

  /** Where to tell the size of a sheet when the file says it up front; most formats don't. */
  default void reportSizeTo(ImportProgress progress) {}
}
