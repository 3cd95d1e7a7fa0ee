package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Interner;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;

/**
 * The answers of every used contact counted once, per function group, organisation type and
 * in-house value. The distance, aspect, function-group distance, in-house, organisation-type
 * and function-group analyses each add up the cells they need (a few hundred at most) instead of
 * passing over a million contacts again. Immutable: sums are new tallies.
 */
public final class AnswerTallies {
  /** One combination with contacts, and its tally. */
  record Cell(FunctionGroup group, OrganisationType type, InHouse inHouse, Tally tally) {}

  private static final int SIDES = InHouse.values().length;

  private final List<Cell> cells;

  private AnswerTallies(List<Cell> cells) {
    this.cells = List.copyOf(cells);
  }

  public static AnswerTallies of(Survey survey) {
    return of(NumberedContacts.of(survey));
  }

  /**
   * Counts through the numbering made for the grouping: a contact's cell follows from two array
   * reads (its organisation's type, its staff member's group) instead of hashing the type and
   * group records per row.
   */
  public static AnswerTallies of(NumberedContacts numbered) {
    Objects.requireNonNull(numbered);
    Interner<OrganisationType> types = new Interner<>();
    int[] typeOf = new int[numbered.organisations.size()];
    for (int o = 0; o < typeOf.length; o++) {
      typeOf[o] = types.id(numbered.organisations.value(o).type());
    }
    Interner<FunctionGroup> functionGroups = new Interner<>();
    int[] groupOf = new int[numbered.respondents.size()];
    for (int s = 0; s < groupOf.length; s++) {
      groupOf[s] = functionGroups.id(numbered.respondents.value(s).function());
    }
    Tally[] tallies = new Tally[functionGroups.size() * types.size() * SIDES];
    List<Contact> contacts = numbered.contacts;
    for (int i = 0; i < contacts.size(); i++) {
      Contact contact = contacts.get(i);
      int cell =
          (groupOf[numbered.staffOf[i]] * types.size() + typeOf[numbered.organisationOf[i]]) * SIDES
              + contact.inHouse().ordinal();
      Tally tally = tallies[cell];
      if (tally == null) {
        tally = tallies[cell] = new Tally();
      }
      tally.add(contact.answers());
    }
    List<Cell> cells = new ArrayList<>();
    for (int cell = 0; cell < tallies.length; cell++) {
      if (tallies[cell] != null) {
        int side = cell % SIDES;
        int type = cell / SIDES % types.size();
        int group = cell / SIDES / types.size();
        cells.add(
            new Cell(functionGroups.value(group), types.value(type), InHouse.values()[side], tallies[cell]));
      }
    }
    return new AnswerTallies(cells);
  }

  /** The combinations with contacts. */
  List<Cell> cells() {
    return cells;
  }

  /** All contacts together. */
  Tally total() {
    return sumBy(cell -> true, cell -> Boolean.TRUE).getOrDefault(Boolean.TRUE, new Tally());
  }

  /** The cells that pass {@code filter}, added up per {@code key}; keys without cells are absent. */
  <K> Map<K, Tally> sumBy(Predicate<Cell> filter, Function<Cell, K> key) {
    Map<K, Tally> sums = new HashMap<>();
    for (Cell cell : cells) {
      if (filter.test(cell)) {
        sums.computeIfAbsent(key.apply(cell), k -> new Tally()).addAll(cell.tally());
      }
    }
    return sums;
  }
}
