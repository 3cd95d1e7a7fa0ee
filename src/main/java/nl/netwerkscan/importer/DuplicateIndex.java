package nl.netwerkscan.importer;

import java.util.List;
import nl.netwerkscan.model.Contact;

/**
 * Finds the first earlier row equal to a new one, holding nothing per row but a long: open
 * addressing over positions in the list of used rows, which are their own keys. A hash map of
 * row keys cost three objects a row (key, entry, boxed row number), all of them copied by every
 * garbage collection during a million-row import. Each slot keeps the row's hash beside its
 * position, so a probe reads an earlier row only when the hashes agree: with a million rows
 * every read of a row is a cache miss.
 *
 * <p>The contract's duplicate key is the respondent, the row's own function and unit,
 * organisation, person, in-house and answers. All are interned by the importer, so identity
 * stands for equality; the respondent is compared by its key, which stays the same object when
 * the respondent's function or unit is settled later. The row's own cells come as one interned
 * object ({@code own}): its function, or with a Team column the pair of function and unit.
 */
final class DuplicateIndex {
  private final List<Contact> contacts;
  private final List<Object> owns;
  /** The hash in the high half, the position in the lists plus one in the low; 0 = empty. */
  private long[] slots = new long[1 << 10];
  private int size;

  /** Over the used rows: their contacts, and each row's own cells (null when empty). */
  DuplicateIndex(List<Contact> contacts, List<Object> owns) {
    this.contacts = contacts;
    this.owns = owns;
  }

  /**
   * The earlier contact equal to {@code contact} with {@code own}, or null after noting it as
   * the one at {@code position}; the caller then appends both there before the next call.
   */
  Contact firstOrAdd(Contact contact, Object own, int position) {
    if (size * 2 > slots.length) {
      grow();
    }
    int hash = hash(contact, own);
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
      if ((int) (entry >>> 32) == hash) {
        int earlier = (int) entry - 1;
        Contact candidate = contacts.get(earlier);
        if (owns.get(earlier) == own && sameFields(candidate, contact)) {
          return candidate;
        }
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = ((long) hash << 32) | (position + 1);
    size++;
    return null;
  }

  private static int hash(Contact contact, Object own) {
    int h = System.identityHashCode(contact.respondent().key());
    h = 31 * h + System.identityHashCode(own);
    h = 31 * h + System.identityHashCode(contact.organisation());
    h = 31 * h + System.identityHashCode(contact.person());
    h = 31 * h + contact.inHouse().ordinal();
    return 31 * h + System.identityHashCode(contact.answers());
  }

  private static boolean sameFields(Contact a, Contact b) {
    return a.respondent().key() == b.respondent().key()
        && a.organisation() == b.organisation()
        && a.person() == b.person()
        && a.inHouse() == b.inHouse()
        && a.answers() == b.answers();
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
