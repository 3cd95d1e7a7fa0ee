package nl.netwerkscan.model;

import java.util.List;
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
}
