package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Respondent;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.HopcroftKarpMaximumCardinalityBipartiteMatching;
import org.jgrapht.graph.DefaultEdge;

/**
 * The used contacts of one organisation as a small bipartite pattern: our staff members on one
 * side, its person nodes (named people, plus one shared unnamed node) on the other, and the rows
 * per link. Built for all organisations at once by {@link Grouping}, so every per-organisation
 * analysis costs O(rows) for the grouping plus its own work on each small pattern.
 *
 * <p>Within a group, staff and named people are numbered 0, 1, 2 … in order of first mention;
 * a link's person number is -1 for the unnamed node.
 */
final class OrganisationContacts {
  private final Organisation organisation;
  private final List<Respondent> staff;
  /** The survey-wide number ({@link NumberedContacts}) of each staff member here. */
  private final int[] staffIds;
  private final List<ContactPerson> persons;
  private final int[] staffRows;
  private final int[] personRows;
  private final int unnamedRows;
  private final int contacts;
  /** The distinct links, sorted ({@link #linkKey}), and the rows of each. */
  private final long[] linkKeys;
  private final int[] linkRows;

  OrganisationContacts(
      Organisation organisation, List<Respondent> staff, int[] staffIds, List<ContactPerson> persons,
      int[] staffRows, int[] personRows, int unnamedRows, long[] rowLinks) {
    this.organisation = organisation;
    this.staff = List.copyOf(staff);
    this.staffIds = staffIds;
    this.persons = List.copyOf(persons);
    this.staffRows = staffRows;
    this.personRows = personRows;
    this.unnamedRows = unnamedRows;
    this.contacts = rowLinks.length;
    // Sorting one key per row and counting runs beats hashing a boxed key per row.
    long[] keys = rowLinks;
    Arrays.sort(keys);
    int[] rows = new int[keys.length];
    int distinct = 0;
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        keys[distinct++] = keys[i];
      }
      rows[distinct - 1]++;
    }
    this.linkKeys = Arrays.copyOf(keys, distinct);
    this.linkRows = Arrays.copyOf(rows, distinct);
  }

  static long linkKey(int staff, int person) {
    return ((long) staff << 32) | (person & 0xffffffffL);
  }

  Organisation organisation() {
    return organisation;
  }

  int contacts() {
    return contacts;
  }

  /** Distinct staff–person links (the unnamed node counts as a person). */
  int links() {
    return linkKeys.length;
  }

  int staffCount() {
    return staff.size();
  }

  /** Distinct named contact persons (the unnamed node is no person). */
  int namedPersonCount() {
    return persons.size();
  }

  /** Named persons plus the unnamed node when there are unnamed mentions. */
  int personNodeCount() {
    return persons.size() + (unnamedRows > 0 ? 1 : 0);
  }

  List<Respondent> staff() {
    return staff;
  }

  List<ContactPerson> persons() {
    return persons;
  }

  /** The survey-wide number of staff member {@code index}, as {@link NumberedContacts} gives it. */
  int staffId(int index) {
    return staffIds[index];
  }

  int rowsOfStaff(int index) {
    return staffRows[index];
  }

  int rowsOfPerson(int index) {
    return personRows[index];
  }

  /** Rows of the link between staff member {@code s} and person {@code p} (-1: unnamed); 0 if none. */
  int rowsOfLink(int s, int p) {
    int at = Arrays.binarySearch(linkKeys, linkKey(s, p));
    return at >= 0 ? linkRows[at] : 0;
  }

  /** The named persons staff member {@code s} has a link with, in order of first mention. */
  List<ContactPerson> personsOf(int s) {
    List<ContactPerson> named = new ArrayList<>();
    for (int p = 0; p < persons.size(); p++) {
      if (rowsOfLink(s, p) > 0) {
        named.add(persons.get(p));
      }
    }
    return named;
  }

  /**
   * The staff member with most rows to person {@code p} (-1: the unnamed node); ties go to the
   * first name, then key. -1 when nobody has a link to it.
   */
  int staffMentioningMost(int p) {
    int best = -1;
    for (int s = 0; s < staff.size(); s++) {
      int rows = rowsOfLink(s, p);
      if (rows > 0 && (best < 0 || rows > rowsOfLink(best, p)
          || (rows == rowsOfLink(best, p) && byName(s, best) < 0))) {
        best = s;
      }
    }
    return best;
  }

  private int byName(int s, int t) {
    int byName = staff.get(s).name().compareTo(staff.get(t).name());
    return byName != 0 ? byName : staff.get(s).key().compareTo(staff.get(t).key());
  }

  /**
   * The most-named person: most mentions, ties broken by name then key so that the result does
   * not depend on row order; empty when no person is named.
   */
  Optional<Integer> mostNamedPerson() {
    // most rows first, then by name, then by key: a loop, as it runs for every organisation of
    // every unit (a comparator chain boxed each index it compared)
    int best = -1;
    for (int i = 0; i < persons.size(); i++) {
      if (best < 0 || personRows[i] > personRows[best] || (personRows[i] == personRows[best] && byPersonName(i, best) < 0)) {
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  private int byPersonName(int p, int q) {
    int byName = persons.get(p).name().compareTo(persons.get(q).name());
    return byName != 0 ? byName : persons.get(p).key().compareTo(persons.get(q).key());
  }

  List<Carrier> singleCarriers() {
    List<Carrier> carriers = new ArrayList<>(2);
    if (staff.size() == 1) {
      carriers.add(Carrier.internal(staff.get(0)));
    }
    if (personNodeCount() == 1) {
      carriers.add(persons.isEmpty() ? Carrier.unnamed() : Carrier.external(persons.get(0)));
    }
    return carriers;
  }

  /** Resilience: the size of a maximum matching of staff × person nodes (Hopcroft-Karp). */
  int resilience() {
    return resilienceWithout(new boolean[staff.size()], new boolean[persons.size()]);
  }

  /**
   * The resilience once the marked staff members and named persons have left; 0 when no link
   * remains. The unnamed node never leaves.
   */
  int resilienceWithout(boolean[] staffGone, boolean[] personsGone) {
    int plain = plainResilience(staffGone, personsGone);
    if (plain >= 0) {
      return plain;
    }
    int greedy = greedyResilience(staffGone, personsGone);
    if (greedy >= 0) {
      return greedy;
    }
    Graph<Integer, DefaultEdge> graph = Bipartite.newGraph();
    Set<Integer> left = new HashSet<>();
    Set<Integer> right = new HashSet<>();
    for (long key : linkKeys) {
      int s = staffOf(key);
      int p = personOf(key);
      if (staffGone[s] || (p >= 0 && personsGone[p])) {
        continue;
      }
      // Staff are vertices 0..n-1, named people n.., the unnamed node -1.
      Integer staffVertex = s;
      Integer personVertex = p >= 0 ? staff.size() + p : -1;
      if (left.add(staffVertex)) {
        graph.addVertex(staffVertex);
      }
      if (right.add(personVertex)) {
        graph.addVertex(personVertex);
      }
      graph.addEdge(staffVertex, personVertex);
    }
    if (left.isEmpty()) {
      return 0;
    }
    return new HopcroftKarpMaximumCardinalityBipartiteMatching<>(graph, left, right)
        .getMatching()
        .getEdges()
        .size();
  }

  /**
   * The resilience without a matching where the sizes of the two sides settle it: 0 without
   * links; 1 when every link left has the same staff member or the same person (a star: its
   * largest matching is one link); 2 when it is no star and one side has two nodes. That last
   * holds because in a bipartite graph links that all touch one another share a node (three
   * that did not would make a triangle), so a graph that is no star has two links without a
   * node in common, and no matching is larger than its smaller side. -1 for any other graph.
   * Most organisations of a unit are settled here: building a graph for each took most of the
   * time of a roll-up's unit-organisation rows (1M rows with 350 units: 231,328 stars and 53,884
   * with a side of two, of 336,066 rows).
   */
  private int plainResilience(boolean[] staffGone, boolean[] personsGone) {
    int staffSeen = 0; // distinct staff members and person nodes, counted up to three
    int personsSeen = 0;
    int lastStaff = -1; // the keys are sorted by staff member first
    int firstPerson = 0;
    int secondPerson = 0;
    for (long key : linkKeys) {
      int s = staffOf(key);
      int p = personOf(key);
      if (staffGone[s] || (p >= 0 && personsGone[p])) {
        continue;
      }
      if (s != lastStaff && staffSeen < 3) {
        staffSeen++;
        lastStaff = s;
      }
      if (personsSeen == 0) {
        firstPerson = p;
        personsSeen = 1;
      } else if (personsSeen == 1 && p != firstPerson) {
        secondPerson = p;
        personsSeen = 2;
      } else if (personsSeen == 2 && p != firstPerson && p != secondPerson) {
        personsSeen = 3;
      }
      if (staffSeen == 3 && personsSeen == 3) {
        return -1;
      }
    }
    if (staffSeen == 0) {
      return 0;
    }
    int smallerSide = Math.min(staffSeen, personsSeen);
    return smallerSide <= 2 ? smallerSide : -1;
  }

  /**
   * The resilience where a greedy matching settles it, else -1. Links taken in order whenever
   * both their ends are still free make a matching, so the maximum is at least its size; and no
   * matching is larger than the smaller side. When the greedy one already covers the smaller
   * side, that is the maximum; otherwise Hopcroft-Karp decides. Of the 1M-row roll-up's
   * unit-organisation rows that the sides alone did not settle, this settles most (see README).
   */
  private int greedyResilience(boolean[] staffGone, boolean[] personsGone) {
    int unnamed = persons.size(); // the node of the rows without a named person
    boolean[] personSeen = new boolean[unnamed + 1];
    boolean[] personTaken = new boolean[unnamed + 1];
    int staffSeen = 0;
    int personsSeen = 0;
    int matched = 0;
    int lastStaff = -1; // the keys are sorted by staff member first
    boolean staffTaken = false;
    for (long key : linkKeys) {
      int s = staffOf(key);
      int p = personOf(key);
      if (staffGone[s] || (p >= 0 && personsGone[p])) {
        continue;
      }
      int person = p >= 0 ? p : unnamed;
      if (s != lastStaff) {
        staffSeen++;
        lastStaff = s;
        staffTaken = false;
      }
      if (!personSeen[person]) {
        personSeen[person] = true;
        personsSeen++;
      }
      if (!staffTaken && !personTaken[person]) {
        personTaken[person] = true;
        staffTaken = true;
        matched++;
      }
    }
    return matched == Math.min(staffSeen, personsSeen) ? matched : -1;
  }

  /** Rows that disappear when the marked staff members and named persons leave. */
  int rowsWithout(boolean[] staffGone, boolean[] personsGone) {
    int lost = 0;
    for (int i = 0; i < linkKeys.length; i++) {
      int p = personOf(linkKeys[i]);
      if (staffGone[staffOf(linkKeys[i])] || (p >= 0 && personsGone[p])) {
        lost += linkRows[i];
      }
    }
    return lost;
  }

  private static int staffOf(long linkKey) {
    return (int) (linkKey >>> 32);
  }

  private static int personOf(long linkKey) {
    return (int) linkKey;
  }
}
