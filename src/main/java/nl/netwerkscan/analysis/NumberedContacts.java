package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Interner;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.Unit;

/**
 * Every used contact as three numbers: its organisation, staff member and person (-1 =
 * unnamed), each numbered in order of first mention. Made once per report; the grouping per
 * organisation ({@link OrganisationGroups}) and the answer tallies ({@link AnswerTallies}) read
 * flat int arrays instead of hashing records per row, and can be made at the same time.
 */
public final class NumberedContacts {
  final List<Contact> contacts;
  final Interner<Organisation> organisations;
  final Interner<Respondent> respondents;
  final Interner<ContactPerson> people;
  final int[] organisationOf;
  final int[] staffOf;
  final int[] personOf;

  /**
   * Per thread that makes parts, a new number + 1 per organisation, staff member and person of
   * these rows, 0 where not (yet) seen; left all 0 after each part. Arrays of the whole survey's
   * size made anew for each of 350 units cost more than the numbering itself.
   */
  private final ThreadLocal<int[][]> scratch;

  private NumberedContacts(List<Contact> contacts) {
    this(
        contacts,
        new Interner<>(),
        new Interner<>(),
        new Interner<>(),
        new int[contacts.size()],
        new int[contacts.size()],
        new int[contacts.size()]);
  }

  private NumberedContacts(
      List<Contact> contacts,
      Interner<Organisation> organisations,
      Interner<Respondent> respondents,
      Interner<ContactPerson> people,
      int[] organisationOf,
      int[] staffOf,
      int[] personOf) {
    this.contacts = contacts;
    this.organisations = organisations;
    this.respondents = respondents;
    this.people = people;
    this.organisationOf = organisationOf;
    this.staffOf = staffOf;
    this.personOf = personOf;
    this.scratch = ThreadLocal.withInitial(
        () -> new int[][] {new int[organisations.size()], new int[respondents.size()], new int[people.size()]});
  }

  public static NumberedContacts of(Survey survey) {
    return of(survey.contacts());
  }

  private static NumberedContacts of(List<Contact> contacts) {
    NumberedContacts numbered = new NumberedContacts(contacts);
    // A respondent fills in their contacts one after the other, so most rows repeat the previous
    // row's respondent: compared by identity first, those rows need no look-up.
    Respondent lastRespondent = null;
    int lastStaff = -1;
    Organisation lastOrganisation = null;
    int lastOrganisationId = -1;
    for (int i = 0; i < contacts.size(); i++) {
      Contact contact = contacts.get(i);
      if (contact.respondent() != lastRespondent) {
        lastRespondent = contact.respondent();
        lastStaff = numbered.respondents.id(lastRespondent);
      }
      if (contact.organisation() != lastOrganisation) {
        lastOrganisation = contact.organisation();
        lastOrganisationId = numbered.organisations.id(lastOrganisation);
      }
      numbered.staffOf[i] = lastStaff;
      numbered.organisationOf[i] = lastOrganisationId;
      numbered.personOf[i] = contact.person().isPresent() ? numbered.people.id(contact.person().get()) : -1;
    }
    return numbered;
  }

  /**
   * The rows of each unit, as indices into these rows in their order: the unit is the
   * respondent's, as {@link Survey#byUnit} splits the contacts.
   */
  Map<Unit, int[]> rowsByUnit() {
    Map<Unit, Integer> numberOf = new HashMap<>();
    List<Unit> units = new ArrayList<>();
    int[] unitOfStaff = new int[respondents.size()];
    for (int s = 0; s < unitOfStaff.length; s++) {
      unitOfStaff[s] = numberOf.computeIfAbsent(respondents.value(s).unit(), unit -> {
        units.add(unit);
        return units.size() - 1;
      });
    }
    int[] counts = new int[units.size()];
    for (int staff : staffOf) {
      counts[unitOfStaff[staff]]++;
    }
    int[][] rows = new int[units.size()][];
    for (int u = 0; u < rows.length; u++) {
      rows[u] = new int[counts[u]];
    }
    int[] next = new int[units.size()];
    for (int i = 0; i < staffOf.length; i++) {
      int unit = unitOfStaff[staffOf[i]];
      rows[unit][next[unit]++] = i;
    }
    Map<Unit, int[]> byUnit = new HashMap<>();
    for (int u = 0; u < rows.length; u++) {
      byUnit.put(units.get(u), rows[u]);
    }
    return byUnit;
  }

  /**
   * The numbering {@link #of} gives {@code contacts}, the contacts at {@code rows} of these
   * (indices in order, as {@link #rowsByUnit} gives them): each organisation, staff member and
   * person numbered in order of first mention among those rows. Derived from these numbers
   * without hashing a row: numbering each of a roll-up's 350 units through the interners again
   * took 0.3 s of CPU for a million rows, this about half of that.
   */
  NumberedContacts part(List<Contact> contacts, int[] rows) {
    if (contacts.size() != rows.length) {
      throw new IllegalArgumentException(contacts.size() + " contacts for " + rows.length + " rows");
    }
    int[][] local = scratch.get();
    int[] organisationIds = new int[rows.length];
    int[] staffIds = new int[rows.length];
    int[] personIds = new int[rows.length];
    return new NumberedContacts(
        contacts,
        renumbered(organisationOf, rows, organisationIds, organisations, local[0]),
        renumbered(staffOf, rows, staffIds, respondents, local[1]),
        renumbered(personOf, rows, personIds, people, local[2]),
        organisationIds,
        staffIds,
        personIds);
  }

  /**
   * Numbers the values {@code ids} give at {@code rows} (-1, no person, stays -1) in order of
   * first appearance into {@code into}, and returns the interner of those values; {@code local}
   * is all 0 before and after.
   */
  private static <T> Interner<T> renumbered(int[] ids, int[] rows, int[] into, Interner<T> whole, int[] local) {
    List<T> values = new ArrayList<>();
    int[] seen = new int[Math.min(rows.length, local.length)]; // the whole's numbers, in new order
    for (int k = 0; k < rows.length; k++) {
      int id = ids[rows[k]];
      if (id < 0) {
        into[k] = -1;
        continue;
      }
      if (local[id] == 0) {
        seen[values.size()] = id;
        values.add(whole.value(id));
        local[id] = values.size();
      }
      into[k] = local[id] - 1;
    }
    for (int i = 0; i < values.size(); i++) {
      local[seen[i]] = 0;
    }
    return Interner.numbering(values);
  }

  /**
   * The staff and person numbers of the rows, each array sorted by organisation (stable: survey
   * order within one); fills {@code start} so that organisation o's rows are at {@code
   * [start[o], start[o+1])}. Scattered straight from the row arrays, which are read in order: the
   * grouping then reads its rows in order too instead of jumping through a million-row array.
   *
   * @return the staff numbers and the person numbers, in that order
   */
  int[][] byOrganisation(int[] start) {
    for (int organisation : organisationOf) {
      start[organisation + 1]++;
    }
    for (int o = 0; o + 1 < start.length; o++) {
      start[o + 1] += start[o];
    }
    int[] staff = new int[organisationOf.length];
    int[] persons = new int[organisationOf.length];
    int[] next = Arrays.copyOf(start, start.length - 1);
    for (int i = 0; i < organisationOf.length; i++) {
      int at = next[organisationOf[i]]++;
      staff[at] = staffOf[i];
      persons[at] = personOf[i];
    }
    return new int[][] {staff, persons};
  }
}
