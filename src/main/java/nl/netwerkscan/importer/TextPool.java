package nl.netwerkscan.importer;

/**
 * Hands out one {@code String} per distinct cell text, made straight from the parser's character
 * buffer. A million-row survey repeats a few thousand names and a handful of answers in twelve
 * million cells: pooled, those cells cost no allocation, and every later hash-map look-up on
 * them finds the same object with its hash already cached.
 *
 * <p>Open addressing on the texts' {@link String#hashCode()}, so the hash computed here is the one
 * each pooled string caches. The pool stops growing at {@link #MAX_SIZE} texts (a sheet of
 * unique free text would otherwise be kept whole); beyond it texts are made but not kept.
 */
final class TextPool {
  static final int MAX_SIZE = 1 << 18;

  private String[] table = new String[1 << 10];
  private int size;

  /** The text of {@code chars[start, start + length)}, pooled. */
  String of(char[] chars, int start, int length) {
    int hash = 0;
    for (int i = start, end = start + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String pooled = table[slot];
      if (pooled == null) {
        String text = new String(chars, start, length);
        if (size < MAX_SIZE) {
          table[slot] = text;
          if (++size * 2 > table.length) {
            grow();
          }
        }
        return text;
      }
      if (pooled.hashCode() == hash && sameText(pooled, chars, start, length)) {
        return pooled;
      }
    }
  }

  /** {@code text} itself, or the pooled string equal to it. */
  String of(String text) {
    char[] chars = text.toCharArray();
    return of(chars, 0, chars.length);
  }

  int size() {
    return size;
  }

  /** Whether {@code chars[start, start + length)} spell {@code pooled}, without making a String. */
  static boolean sameText(String pooled, char[] chars, int start, int length) {
    if (pooled.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (pooled.charAt(i) != chars[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** Mixes the high bits in: String hashes of similar short texts differ mostly in low bits. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String text : old) {
      if (text != null) {
        int slot = spread(text.hashCode()) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = text;
      }
    }
  }
}
