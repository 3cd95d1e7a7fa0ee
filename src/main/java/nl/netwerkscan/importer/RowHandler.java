package nl.netwerkscan.importer;

/** Receives the rows of one sheet in order; the sources push, so no sheet is held in memory. */
@FunctionalInterface
interface RowHandler {
  void row(RawRow row) throws SurveyException;
}
