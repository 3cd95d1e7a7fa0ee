package nl.netwerkscan.importer;

import java.util.Arrays;

/**
 * Rows on their way from the parser thread to the reading thread. A cell's free text (a name, an
 * answer) travels as characters and becomes a pooled string on the reading thread: in a
 * million-row import the parser's core is the busy one, and hashing each text into the {@link
 * TextPool} was an eighth of its work, while the reading thread waited for rows.
 */
final class RowBatch {
  static final int ROWS = 512;

  private final RawRow[] rows = new RawRow[ROWS];
  private int size;
  private char[] chars = new char[1 << 15];
  private int charCount;
  /** Four ints per text still to pool: its row in this batch, its column, start and length. */
  private int[] texts = new int[4 * 1024];
  private int textCount;
  /** Where the texts of the row being parsed start in {@link #texts}. */
  private int rowTexts;

  /**
   * Notes the text of {@code column} in the row being parsed; it is filled in by {@link
   * #deliver}, so a later text for the same column wins, as in the sheet.
   */
  void text(int column, char[] source, int start, int length) {
    if (charCount + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(charCount + length, chars.length * 2));
    }
    if (textCount + 4 > texts.length) {
      texts = Arrays.copyOf(texts, texts.length * 2);
    }
    System.arraycopy(source, start, chars, charCount, length);
    texts[textCount] = size;
    texts[textCount + 1] = column;
    texts[textCount + 2] = charCount;
    texts[textCount + 3] = length;
    textCount += 4;
    charCount += length;
  }

  /**
   * Drops a noted text of {@code column} in the row being parsed: a cell given twice whose later
   * value is not a pooled text (a date, say) must not be overwritten by the earlier one.
   */
  void forget(int column) {
    for (int i = rowTexts; i < textCount; i += 4) {
      if (texts[i + 1] == column) {
        texts[i + 1] = -1;
      }
    }
  }

  /** Ends the row being parsed; its cells hold null where a noted text goes. */
  void row(RawRow row) {
    rows[size++] = row;
    rowTexts = textCount;
  }

  boolean isFull() {
    return size == ROWS;
  }

  /** Fills in the noted texts, pooled, and hands the rows to {@code handler} in order. */
  void deliver(TextPool pool, RowHandler handler) throws SurveyException {
    int next = 0;
    for (int r = 0; r < size; r++) {
      RawRow row = rows[r];
      String[] cells = row.cells();
      for (; next < textCount && texts[next] == r; next += 4) {
        int column = texts[next + 1];
        if (column >= 0) {
          cells[column] = pool.of(chars, texts[next + 2], texts[next + 3]);
        }
      }
      handler.row(row);
    }
  }

  /** Empties the batch for reuse. */
  void clear() {
    Arrays.fill(rows, 0, size, null);
    size = 0;
    charCount = 0;
    textCount = 0;
    rowTexts = 0;
  }
}
