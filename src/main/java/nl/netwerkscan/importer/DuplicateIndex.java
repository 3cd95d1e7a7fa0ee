package nl.netwerkscan.importer;

import java.util.List;

/**
 * Finds the first earlier row equal to a new one, holding nothing per row but a long: open
 * addressing over positions in the list of used rows, which are their own keys. A hash map of
 * row keys cost three objects a row (key, entry, boxed row number), all of them copied by every
 * garbage collection during a million-row import. Each slot keeps the row's hash beside its
 * position, so a probe reads an earlier row only when the hashes agree: with a million rows
 * every read of a row is a cache miss.
 */
final class DuplicateIndex {
  private final List<ContactDraft> drafts;
  /** The hash in the high half, the position in {@code drafts} plus one in the low; 0 = empty. */
  private long[] slots = new long[1 << 10];
  private int size;

  DuplicateIndex(List<ContactDraft> drafts) {
    this.drafts = drafts;
  }

  /**
   * The earlier draft equal to {@code draft}, or null after noting {@code draft} as the one at
   * {@code position} in the list; the caller then appends it there before the next call.
   */
  ContactDraft firstOrAdd(ContactDraft draft, int position) {
    if (size * 2 > slots.length) {
      grow();
    }
    int hash = draft.hash();
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
      if ((int) (entry >>> 32) == hash) {
        ContactDraft earlier = drafts.get((int) entry - 1);
        if (earlier.sameFields(draft)) {
          return earlier;
        }
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = ((long) hash << 32) | (position + 1);
    size++;
    return null;
  }

  /** Frees the table once the last row is in. */
  void clear() {
    slots = new long[1];
    size = 0;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9; // Fibonacci hashing: the identity hashes combined are not uniform
    return h ^ (h >>> 16);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long entry : old) {
      if (entry != 0) {
        int slot = spread((int) (entry >>> 32)) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
      }
    }
  }
}
