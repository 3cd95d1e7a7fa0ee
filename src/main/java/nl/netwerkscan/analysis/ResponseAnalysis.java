package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.StaffMember;
import nl.netwerkscan.model.Survey;

/**
 * The response per function group (report contract, sheet 9; the study: case managers 14
 * staff, 14 asked, 11 responded; benefit consultants 12/12/4; financial consultants 10/10/4;
 * managers 5/4/4; anonymous 3).
 *
 * <p>Per function group: staff = roster members of that group, asked = those of them marked
 * asked, responded = respondents (with a used contact) of that group, percentage = responded ÷
 * asked (empty when none asked). A respondent is on the roster when its {@link Respondent#key()}
 * matches a roster member's; it then counts in the roster's function group, unless the roster
 * leaves that Unknown. Respondents not on the roster count in their own group; those without a
 * function form the Unknown row, which has only Responded unless the roster itself has staff
 * without a function. The Total row has the roster size, all asked, all respondents and their
 * ratio. Without a roster only Responded is filled.
 *
 * <p>Cost: O(respondents + roster).
 */
public final class ResponseAnalysis {
  private ResponseAnalysis() {}

  /**
   * @param group the function group, empty for the Total row
   * @param staff roster members, empty without a roster (or for Unknown outside the roster)
   * @param asked roster members asked, empty likewise
   * @param responded respondents with at least one used contact
   * @param percentage responded ÷ asked, 0..1 or above; empty when asked is empty or 0
   */
  public record Row(
      Optional<FunctionGroup> group,
      OptionalLong staff,
      OptionalLong asked,
      long responded,
      OptionalDouble percentage) {
    public Row {
      Objects.requireNonNull(group);
      Objects.requireNonNull(staff);
      Objects.requireNonNull(asked);
      Objects.requireNonNull(percentage);
    }

    public boolean isTotal() {
      return group.isEmpty();
    }
  }

  /** @param rows the groups in group order (Unknown last), then the Total row */
  public record Result(List<Row> rows, boolean hasRoster) {
    public Result {
      rows = List.copyOf(rows);
    }
  }

  public static Result of(Survey survey) {
    Map<String, StaffMember> roster = new HashMap<>();
    Map<FunctionGroup, long[]> staff = new HashMap<>(); // {staff, asked}
    long asked = 0;
    for (StaffMember member : survey.roster()) {
      roster.putIfAbsent(member.respondent().key(), member);
      long[] counts = staff.computeIfAbsent(member.respondent().function(), g -> new long[2]);
      counts[0]++;
      if (member.asked()) {
        counts[1]++;
        asked++;
      }
    }
    Map<FunctionGroup, Long> responded = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Respondent respondent : survey.respondents()) {
      if (seen.add(respondent.key())) {
        responded.merge(group(respondent, roster.get(respondent.key())), 1L, Long::sum);
      }
    }

    Set<FunctionGroup> groups = new HashSet<>(staff.keySet());
    groups.addAll(responded.keySet());
    List<Row> rows = new ArrayList<>();
    for (FunctionGroup group : Orders.sortedGroups(groups)) {
      long[] counts = staff.get(group);
      long n = responded.getOrDefault(group, 0L);
      if (counts == null && (group.isUnknown() || !survey.hasRoster())) {
        rows.add(new Row(Optional.of(group), OptionalLong.empty(), OptionalLong.empty(), n, OptionalDouble.empty()));
      } else {
        long[] c = counts == null ? new long[2] : counts;
        rows.add(row(Optional.of(group), c[0], c[1], n));
      }
    }
    long all = seen.size();
    if (survey.hasRoster()) {
      rows.add(row(Optional.empty(), survey.roster().size(), asked, all));
    } else {
      rows.add(new Row(Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), all, OptionalDouble.empty()));
    }
    return new Result(rows, survey.hasRoster());
  }

  private static FunctionGroup group(Respondent respondent, StaffMember member) {
    if (member != null && !member.respondent().function().isUnknown()) {
      return member.respondent().function();
    }
    return respondent.function();
  }

  private static Row row(Optional<FunctionGroup> group, long staff, long asked, long responded) {
    OptionalDouble percentage =
        asked == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) responded / asked);
    return new Row(group, OptionalLong.of(staff), OptionalLong.of(asked), responded, percentage);
  }
}
