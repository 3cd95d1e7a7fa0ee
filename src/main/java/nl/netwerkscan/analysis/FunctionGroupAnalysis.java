package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;

/**
 * The average number of contacts per respondent, by organisation type and function group
 * (report contract, sheet 3; the study's table "contacts per respondent by type and function",
 * where case managers named 13 work contacts each and benefit consultants none).
 *
 * <p>Cell = contacts of that type named by respondents of that group ÷ respondents in that
 * group. The respondents of a group are the respondents with at least one used contact whose
 * function is that group (respondents without a function are in {@link FunctionGroup#UNKNOWN}).
 * Staff on the roster who did not respond do not count: the contract is silent here, and the
 * study's table is "per respondent". The column "all respondents" divides by all respondents.
 *
 * <p>Rows: the types with contacts in type order, then a Total row (all types). Columns: the
 * function groups present, in group order. A survey without contacts gives no rows at all.
 *
 * <p>Cost: no pass over the contacts: read from their numbering and answer tallies, O(respondents
 * + cells).
 */
public final class FunctionGroupAnalysis {
  private FunctionGroupAnalysis() {}

  /**
   * One row of the table.
   *
   * @param type the organisation type, empty for the Total row
   * @param contacts per function group (in {@link Result#groups()} order), the contacts
   * @param perRespondent per function group, contacts ÷ respondents of that group
   * @param allContacts the contacts of all groups
   * @param allPerRespondent allContacts ÷ all respondents
   */
  public record Row(
      Optional<OrganisationType> type,
      List<Long> contacts,
      List<Double> perRespondent,
      long allContacts,
      double allPerRespondent) {
    public Row {
      Objects.requireNonNull(type);
      contacts = List.copyOf(contacts);
      perRespondent = List.copyOf(perRespondent);
    }

    public boolean isTotal() {
      return type.isEmpty();
    }
  }

  /**
   * @param groups the function groups present, in group order: the columns
   * @param respondents per group (same order), the respondents with used contacts
   * @param rows the types with contacts in type order, then the Total row
   */
  public record Result(
      List<FunctionGroup> groups, List<Integer> respondents, int allRespondents, List<Row> rows) {
    public Result {
      groups = List.copyOf(groups);
      respondents = List.copyOf(respondents);
      rows = List.copyOf(rows);
    }
  }

  public static Result of(Survey survey) {
    NumberedContacts numbered = NumberedContacts.of(survey);
    return of(numbered, AnswerTallies.of(numbered));
  }

  /**
   * The table from the contacts' numbering and their answer tallies: the respondents are the
   * numbered ones, and the contacts per group and type are the tallies' counts, so no pass over
   * the contacts is needed.
   */
  public static Result of(NumberedContacts numbered, AnswerTallies answers) {
    Map<FunctionGroup, Set<String>> respondents = new HashMap<>();
    Set<String> allRespondents = new HashSet<>();
    for (int s = 0; s < numbered.respondents.size(); s++) {
      Respondent respondent = numbered.respondents.value(s);
      respondents.computeIfAbsent(respondent.function(), g -> new HashSet<>()).add(respondent.key());
      allRespondents.add(respondent.key());
    }
    Map<FunctionGroup, Map<OrganisationType, long[]>> counts = new HashMap<>();
    Set<OrganisationType> types = new HashSet<>();
    for (AnswerTallies.Cell cell : answers.cells()) {
      counts.computeIfAbsent(cell.group(), g -> new HashMap<>()).computeIfAbsent(cell.type(), t -> new long[1])[0] +=
          cell.tally().contacts();
      types.add(cell.type());
    }
    if (allRespondents.isEmpty()) {
      return new Result(List.of(), List.of(), 0, List.of());
    }

    List<FunctionGroup> groups = Orders.sortedGroups(respondents.keySet());
    List<Integer> groupSizes = groups.stream().map(g -> respondents.get(g).size()).toList();
    List<Row> rows = new ArrayList<>();
    for (OrganisationType type : Orders.sortedTypes(types)) {
      List<Long> contacts = groups.stream().map(g -> count(counts.get(g), type)).toList();
      rows.add(row(Optional.of(type), contacts, groupSizes, allRespondents.size()));
    }
    List<Long> totals =
        groups.stream()
            .map(g -> counts.get(g).values().stream().mapToLong(c -> c[0]).sum())
            .toList();
    rows.add(row(Optional.empty(), totals, groupSizes, allRespondents.size()));
    return new Result(groups, groupSizes, allRespondents.size(), rows);
  }

  private static long count(Map<OrganisationType, long[]> byType, OrganisationType type) {
    long[] count = byType.get(type);
    return count == null ? 0 : count[0];
  }

  private static Row row(
      Optional<OrganisationType> type, List<Long> contacts, List<Integer> sizes, int all) {
    List<Double> perRespondent = new ArrayList<>();
    long allContacts = 0;
    for (int i = 0; i < contacts.size(); i++) {
      perRespondent.add((double) contacts.get(i) / sizes.get(i));
      allContacts += contacts.get(i);
    }
    return new Row(type, contacts, perRespondent, allContacts, (double) allContacts / all);
  }
}
