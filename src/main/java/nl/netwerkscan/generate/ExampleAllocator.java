package nl.netwerkscan.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.netwerkscan.generate.ExamplePlan.Group;
import nl.netwerkscan.generate.ExamplePlan.OrganisationSpec;

/**
 * Decides who of our staff names whom, so that every organisation gets exactly the staff,
 * mentions and persons its spec asks for while each function group keeps exactly its number of
 * contacts per type. A greedy fill, organisation by organisation: its colleagues and rows are
 * split over the groups in proportion to what each group has left for the type; within a group
 * it takes the colleagues furthest below their group's average; then its persons are handed out
 * to the colleagues with the most rows still open (Ryser's construction, which succeeds
 * whenever any assignment exists). Throws if the plan asks the impossible.
 */
final class ExampleAllocator {

  /** One line of the survey before answers: respondent index, organisation, person index. */
  record Mention(int respondent, OrganisationSpec organisation, int person) {
    static final int UNNAMED = -1;
  }

  private final List<Group> groupOf;
  private final Map<String, int[]> openByGroup = new HashMap<>();
  private final Map<String, int[]> loadByRespondent = new HashMap<>();
  private final Random random;

  /** @param groupOf the group of each respondent, by respondent index */
  ExampleAllocator(List<Group> groupOf, Random random) {
    this.groupOf = List.copyOf(groupOf);
    this.random = random;
    ExamplePlan.CONTACTS_BY_TYPE.forEach((type, counts) -> openByGroup.put(type, counts.clone()));
  }

  /** Contacts of {@code type} not yet given to any organisation. */
  int open(String type) {
    int sum = 0;
    for (int count : openByGroup.get(type)) {
      sum += count;
    }
    return sum;
  }

  List<Mention> allocate(OrganisationSpec spec) {
    int slots = spec.personMentions().length + (spec.unnamed() > 0 ? 1 : 0);
    Split split = spec.staff() > 0 ? fixedStaff(spec, slots) : freeStaff(spec, slots);
    List<Integer> staff = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (Group group : Group.values()) {
      List<Integer> chosen = chooseStaff(spec.type(), group, split.staff()[group.ordinal()]);
      int[] perColleague = spread(split.rows()[group.ordinal()], chosen.size());
      for (int i = 0; i < chosen.size(); i++) {
        staff.add(chosen.get(i));
        rows.add(perColleague[i]);
        for (int r = 0; r < perColleague[i]; r++) {
          take(spec.type(), chosen.get(i));
        }
      }
    }
    return assignPersons(spec, staff, rows.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Colleagues and rows per group (indexed by {@link Group#ordinal()}) for one organisation. */
  private record Split(int[] staff, int[] rows) {}

  /** The study fixes the number of colleagues: split them over the groups first, then rows. */
  private Split fixedStaff(OrganisationSpec spec, int slots) {
    int[] open = openByGroup.get(spec.type());
    int[] staffCaps = new int[open.length];
    for (Group group : Group.values()) {
      staffCaps[group.ordinal()] = Math.min(open[group.ordinal()], group.respondents);
    }
    int[] staff = share(spec.staff(), open, staffCaps, new int[open.length], spec);
    int[] rowCaps = new int[open.length];
    for (int g = 0; g < open.length; g++) {
      rowCaps[g] = Math.min(open[g], staff[g] * slots);
    }
    return new Split(staff, share(spec.rows(), open, rowCaps, staff, spec));
  }

  /** Nothing fixed but the rows: split those, then find colleagues enough to name them. */
  private Split freeStaff(OrganisationSpec spec, int slots) {
    int[] open = openByGroup.get(spec.type());
    int[] rowCaps = new int[open.length];
    for (Group group : Group.values()) {
      rowCaps[group.ordinal()] = Math.min(open[group.ordinal()], group.respondents * slots);
    }
    int[] rows = share(spec.rows(), open, rowCaps, new int[open.length], spec);
    return new Split(staffFor(rows, slots, spec), rows);
  }

  /**
   * Splits {@code total} units over the groups in proportion to {@code weights}, starting from
   * {@code floor} and never above {@code caps}: one unit at a time to the group furthest below
   * its proportional target.
   */
  private static int[] share(
      int total, int[] weights, int[] caps, int[] floor, OrganisationSpec spec) {
    int[] result = floor.clone();
    int given = java.util.Arrays.stream(result).sum();
    double weightSum = java.util.Arrays.stream(weights).sum();
    for (; given < total; given++) {
      int best = -1;
      double bestGap = Double.NEGATIVE_INFINITY;
      for (int g = 0; g < result.length; g++) {
        double gap = total * weights[g] / weightSum - result[g];
        if (result[g] < caps[g] && gap > bestGap) {
          best = g;
          bestGap = gap;
        }
      }
      if (best < 0) {
        throw new IllegalStateException("the plan cannot give " + spec.name() + " " + total);
      }
      result[best]++;
    }
    return result;
  }

  /**
   * About 7 colleagues per 10 rows, so some name two persons at one organisation and a few
   * organisations are kept by one colleague alone (fragile from the partner's side).
   */
  private static int[] staffFor(int[] rowsPerGroup, int slots, OrganisationSpec spec) {
    int[] staff = new int[rowsPerGroup.length];
    int[] most = new int[rowsPerGroup.length];
    int total = 0;
    for (Group group : Group.values()) {
      int g = group.ordinal();
      int rows = rowsPerGroup[g];
      most[g] = Math.min(rows, group.respondents);
      int least = (rows + slots - 1) / slots;
      staff[g] = Math.max(least, Math.min(most[g], (int) Math.round(rows * 0.7)));
      total += staff[g];
    }
    // every unnamed mention and every mention of one person needs a colleague of its own
    int needed = spec.unnamed();
    for (int mentions : spec.personMentions()) {
      needed = Math.max(needed, mentions);
    }
    for (int g = 0; g < staff.length && total < needed; g++) {
      int more = Math.min(most[g] - staff[g], needed - total);
      staff[g] += more;
      total += more;
    }
    return staff;
  }

  /** {@code total} rows over {@code n} colleagues as evenly as possible, the first ones more. */
  private static int[] spread(int total, int n) {
    int[] result = new int[n];
    for (int i = 0; i < total; i++) {
      result[i % n]++;
    }
    return result;
  }

  /** The {@code count} colleagues of {@code group} furthest below their average for the type. */
  private List<Integer> chooseStaff(String type, Group group, int count) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < groupOf.size(); i++) {
      if (groupOf.get(i) == group) {
        candidates.add(i);
      }
    }
    // shuffled before the stable sort: equal claims are settled by the seed
    Collections.shuffle(candidates, random);
    candidates.sort(Comparator.comparingDouble(i -> -claim(type, i)));
    return List.copyOf(candidates.subList(0, count));
  }

  /** How far a respondent is below the average of their group for this type. */
  private double claim(String type, int respondent) {
    Group group = groupOf.get(respondent);
    double average =
        (double) ExamplePlan.CONTACTS_BY_TYPE.get(type)[group.ordinal()] / group.respondents;
    return average - load(type)[respondent];
  }

  private void take(String type, int respondent) {
    openByGroup.get(type)[groupOf.get(respondent).ordinal()]--;
    load(type)[respondent]++;
  }

  private int[] load(String type) {
    return loadByRespondent.computeIfAbsent(type, t -> new int[groupOf.size()]);
  }

  /**
   * Ryser's construction: persons most-named first, each to the colleagues with the most rows
   * still open; the unnamed mentions act as one more "person" (a form names an organisation
   * without a person at most once).
   */
  private List<Mention> assignPersons(OrganisationSpec spec, List<Integer> staff, int[] rows) {
    List<int[]> columns = new ArrayList<>(); // {person index, mentions}
    for (int p = 0; p < spec.personMentions().length; p++) {
      columns.add(new int[] {p, spec.personMentions()[p]});
    }
    if (spec.unnamed() > 0) {
      columns.add(new int[] {Mention.UNNAMED, spec.unnamed()});
    }
    columns.sort(Comparator.comparingInt(column -> -column[1]));
    int[] open = rows.clone();
    List<Mention> mentions = new ArrayList<>();
    for (int[] column : columns) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < staff.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparingInt(i -> -open[i]));
      for (int k = 0; k < column[1]; k++) {
        int i = k < order.size() ? order.get(k) : -1;
        if (i < 0 || open[i] == 0) {
          throw new IllegalStateException("persons of " + spec.name() + " cannot be placed");
        }
        open[i]--;
        mentions.add(new Mention(staff.get(i), spec, column[0]));
      }
    }
    return mentions;
  }
}
