package nl.netwerkscan.generate;

/** How a generated workbook stores its text cells. */
public enum TextStorage {
  /**
   * Each cell holds its own text ({@code t="inlineStr"}): nothing is kept in memory while
   * writing, whatever the number of distinct names.
   */
  INLINE,
  /**
   * Each cell holds an index into one shared-strings table ({@code t="s"}), as Excel and
   * LibreOffice store text: a real survey looks like this. The table is kept in memory while
   * writing, one entry per distinct text, never per row.
   */
  SHARED
}
