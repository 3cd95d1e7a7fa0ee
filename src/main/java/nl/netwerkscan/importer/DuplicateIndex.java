package nl.netwerkscan.importer;

import java.util.List;

/**
 * Finds the first earlier row equal to a new one, holding nothing per row but an int: open
 * addressing over positions in the list of used rows, which are their own keys. A hash map of
 * row keys cost three objects a row (key, entry, boxed row number), all of them copied by every
 * garbage collection during a million-row import.
 */
final class DuplicateIndex {
  private final List<ContactDraft> drafts;
  /** Position in {@code drafts} plus one; 0 is an empty slot. */
  private int[] slots = new int[1 << 10];
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
      grow(); // here, not after adding: the last one noted is in the list only by now
    }
    int mask = slots.length - 1;
    int slot = spread(draft.hash()) & mask;
    while (slots[slot] != 0) {
      ContactDraft earlier = drafts.get(slots[slot] - 1);
      if (earlier.sameFields(draft)) {
        return earlier;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = position + 1;
    size++;
    return null;
  }

  /** Frees the table once the last row is in. */
  void clear() {
    slots = new int[1];
    size = 0;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9; // Fibonacci hashing: the identity hashes combined are not uniform
    return h ^ (h >>> 16);
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = slots.length - 1;
    for (int entry : old) {
      if (entry != 0) {
        int slot = spread(drafts.get(entry - 1).hash()) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
      }
    }
  }
}
