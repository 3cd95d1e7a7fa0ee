package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import nl.netwerkscan.model.Names;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;

/**
 * What the departure of exactly the named people does ({@code --leave A,B}; report contract,
 * sheet 8, second table): which organisations lose all contact, whose resilience drops, and how
 * many contacts (used rows) disappear.
 *
 * <p>A name leaves every respondent and every named contact person whose name has the same
 * {@link Names#key} as the importer gives names (case, accents, spaces and punctuation
 * ignored), so a name typed on the command line meets the survey's spelling; the same name at two
 * organisations is two people and both leave. A row disappears when its respondent or its person
 * leaves; the unnamed node never leaves. Resilience before and after is the Hopcroft-Karp
 * matching of {@link FragilityAnalysis} on the links that remain. Every organisation where
 * someone leaves is a {@link Change} with its {@link Effect}: all contact lost (resilience 0),
 * weakened (resilience drops) or only fewer contacts, so the changes add up to all contacts
 * lost. Names that match nobody are returned so the user sees the typo.
 *
 * <p>Cost: the grouping (O(rows)), a key per distinct name, and a new matching only for the
 * organisations where someone leaves.
 */
public final class LeaveScenario {

  /** What the departures do to one organisation. */
  public enum Effect {
    /** No contact left at all: resilience drops to 0. */
    LOST_CONTACT,
    /** Some contact left, but fewer people must leave to break it. */
    WEAKENED,
    /** Contacts disappear, resilience stays. */
    FEWER_CONTACTS
  }

  /**
   * One organisation where someone leaves.
   *
   * @param leaving the departing people who had contact there, our staff first
   */
  public record Change(
      Organisation organisation,
      List<Carrier> leaving,
      int contactsBefore,
      int contactsLost,
      int resilienceBefore,
      int resilienceAfter) {
    public Change {
      Objects.requireNonNull(organisation);
      leaving = List.copyOf(leaving);
      if (contactsLost > contactsBefore || resilienceAfter > resilienceBefore) {
        throw new IllegalArgumentException("a departure cannot add contacts at " + organisation);
      }
    }

    public Effect effect() {
      if (resilienceAfter == 0) {
        return Effect.LOST_CONTACT;
      }
      return resilienceAfter < resilienceBefore ? Effect.WEAKENED : Effect.FEWER_CONTACTS;
    }
  }

  /**
   * @param names the names as given, blank ones left out
   * @param leavingStaff our staff members who matched, in order of first appearance
   * @param leavingPersons the named contact persons who matched, in order of first appearance
   * @param unmatched the given names that matched nobody
   * @param changes every organisation where someone leaves: by effect (lost, weakened, fewer
   *     contacts), then contacts before descending, then name
   * @param contactsLost all used rows that disappear (the sum over {@code changes})
   */
  public record Result(
      List<String> names,
      List<Respondent> leavingStaff,
      List<ContactPerson> leavingPersons,
      List<String> unmatched,
      List<Change> changes,
      int contactsLost) {
    public Result {
      names = List.copyOf(names);
      leavingStaff = List.copyOf(leavingStaff);
      leavingPersons = List.copyOf(leavingPersons);
      unmatched = List.copyOf(unmatched);
      changes = List.copyOf(changes);
    }

    /** The organisations left without any contact. */
    public List<Change> lostContact() {
      return changes.stream().filter(c -> c.effect() == Effect.LOST_CONTACT).toList();
    }

    /** The organisations that keep contact but whose resilience drops. */
    public List<Change> weakened() {
      return changes.stream().filter(c -> c.effect() == Effect.WEAKENED).toList();
    }
  }

  private LeaveScenario() {}

  public static Result simulate(Survey survey, List<String> names) {
    return simulate(OrganisationGroups.of(survey), names);
  }

  public static Result simulate(OrganisationGroups groups, List<String> names) {
    Objects.requireNonNull(groups);
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String name : names) {
      String key = Names.key(name);
      if (!key.isEmpty()) {
        byKey.putIfAbsent(key, name.strip());
      }
    }
    Set<String> matchedKeys = new LinkedHashSet<>();
    Set<Respondent> leavingStaff = new LinkedHashSet<>();
    Set<ContactPerson> leavingPersons = new LinkedHashSet<>();
    List<Change> changes = new ArrayList<>();
    int contactsLost = 0;
    // A staff member appears at many organisations: key each distinct name once.
    Map<String, Boolean> leavesByName = new HashMap<>();
    Predicate<String> leaves =
        name ->
            leavesByName.computeIfAbsent(
                name,
                n -> {
                  String key = Names.key(n);
                  if (!byKey.containsKey(key)) {
                    return false;
                  }
                  matchedKeys.add(key);
                  return true;
                });
    for (OrganisationContacts group : groups.list()) {
      boolean[] staffGone = new boolean[group.staffCount()];
      boolean[] personsGone = new boolean[group.namedPersonCount()];
      List<Carrier> leaving = new ArrayList<>();
      for (int i = 0; i < staffGone.length; i++) {
        Respondent staff = group.staff().get(i);
        staffGone[i] = leaves.test(staff.name());
        if (staffGone[i]) {
          leavingStaff.add(staff);
          leaving.add(Carrier.internal(staff));
        }
      }
      for (int i = 0; i < personsGone.length; i++) {
        ContactPerson person = group.persons().get(i);
        personsGone[i] = leaves.test(person.name());
        if (personsGone[i]) {
          leavingPersons.add(person);
          leaving.add(Carrier.external(person));
        }
      }
      if (leaving.isEmpty()) {
        continue;
      }
      int rowsLost = group.rowsWithout(staffGone, personsGone);
      contactsLost += rowsLost;
      changes.add(
          new Change(
              group.organisation(),
              leaving,
              group.contacts(),
              rowsLost,
              group.resilience(),
              group.resilienceWithout(staffGone, personsGone)));
    }
    changes.sort(
        Comparator.comparing(Change::effect)
            .thenComparingInt(c -> -c.contactsBefore())
            .thenComparing(c -> c.organisation().name())
            .thenComparing(c -> c.organisation().key()));
    List<String> unmatched = new ArrayList<>();
    byKey.forEach((key, name) -> {
      if (!matchedKeys.contains(key)) {
        unmatched.add(name);
      }
    });
    return new Result(
        new ArrayList<>(byKey.values()),
        new ArrayList<>(leavingStaff),
        new ArrayList<>(leavingPersons),
        unmatched,
        changes,
        contactsLost);
  }
}
