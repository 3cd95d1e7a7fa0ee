package nl.netwerkscan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

/**
 * One imported survey: the used contacts, everyone who answered, the roster, and every problem.
 *
 * @param fileName the survey's file name, as the user named it
 * @param respondents every respondent with at least one used contact, in order of appearance
 * @param roster the Medewerkers sheet, empty when the survey has none
 * @param problems the problems kept for the report (the first {@code problemLimit})
 * @param problemCount the number of all problems found, never capped
 */
public record Survey(
    String fileName,
    List<Contact> contacts,
    List<Respondent> respondents,
    List<StaffMember> roster,
    List<Problem> problems,
    long problemCount,
    RowCounts rows) {

  public Survey {
    Objects.requireNonNull(fileName);
    contacts = List.copyOf(contacts);
    respondents = List.copyOf(respondents);
    roster = List.copyOf(roster);
    problems = List.copyOf(problems);
    Objects.requireNonNull(rows);
    if (problemCount < problems.size()) {
      throw new IllegalArgumentException("problemCount below the problems kept");
    }
  }

  public boolean hasRoster() {
    return !roster.isEmpty();
  }

  /** The units of the respondents with used contacts, in order of first appearance. */
  public List<Unit> units() {
    Set<Unit> units = new LinkedHashSet<>();
    for (Respondent respondent : respondents) {
      units.add(respondent.unit());
    }
    return List.copyOf(units);
  }

  /**
   * {@link #ofUnit} for every unit at once, in the order of {@link #units()}: one pass over the
   * rows, where asking unit by unit would pass over them once per unit (350 municipalities of a
   * million rows: 350 million comparisons).
   */
  public Map<Unit, Survey> byUnit() {
    Map<Unit, List<Contact>> contactsOf = new HashMap<>();
    for (Contact contact : contacts) {
      contactsOf.computeIfAbsent(contact.respondent().unit(), u -> new ArrayList<>()).add(contact);
    }
    Map<Unit, List<Respondent>> respondentsOf = new HashMap<>();
    for (Respondent respondent : respondents) {
      respondentsOf.computeIfAbsent(respondent.unit(), u -> new ArrayList<>()).add(respondent);
    }
    Map<Unit, List<StaffMember>> rosterOf = new HashMap<>();
    for (StaffMember member : roster) {
      rosterOf.computeIfAbsent(member.respondent().unit(), u -> new ArrayList<>()).add(member);
    }
    Map<Unit, Survey> surveys = new LinkedHashMap<>();
    for (Unit unit : units()) {
      List<Contact> own = contactsOf.getOrDefault(unit, List.of());
      surveys.put(
          unit,
          new Survey(
              fileName,
              own,
              respondentsOf.getOrDefault(unit, List.of()),
              rosterOf.getOrDefault(unit, List.of()),
              problems,
              problemCount,
              new RowCounts(own.size(), own.size(), 0, 0)));
    }
    return surveys;
  }

  /**
   * The survey of one unit: its respondents' used contacts, its part of the roster, and the
   * survey's problems (which are the file's, not a unit's). Its rows are the unit's used rows;
   * rejected and duplicate rows belong to no unit.
   */
  public Survey ofUnit(Unit unit) {
    List<Contact> own = contacts.stream().filter(c -> c.respondent().unit().equals(unit)).toList();
    return new Survey(
        fileName,
        own,
        respondents.stream().filter(r -> r.unit().equals(unit)).toList(),
        roster.stream().filter(s -> s.respondent().unit().equals(unit)).toList(),
        problems,
        problemCount,
        new RowCounts(own.size(), own.size(), 0, 0));
  }
}
