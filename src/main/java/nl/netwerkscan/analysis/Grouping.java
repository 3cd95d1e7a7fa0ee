package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Respondent;

/** Splits a survey's contacts into one {@link OrganisationContacts} per organisation. */
final class Grouping {
  private Grouping() {}

  /**
   * Groups the contacts by organisation, in order of first mention. Flat int arrays (number
   * everyone, counting-sort the rows' numbers by organisation, then one run per organisation)
   * keep a million rows well under a second; per-organisation hash maps cost several times that
   * in cache misses.
   */
  static List<OrganisationContacts> group(NumberedContacts rows) {
    int[] start = new int[rows.organisations.size() + 1];
    int[][] sorted = rows.byOrganisation(start);
    Builder builder = new Builder(rows, sorted[0], sorted[1]);
    List<OrganisationContacts> groups = new ArrayList<>(rows.organisations.size());
    for (int o = 0; o < rows.organisations.size(); o++) {
      groups.add(builder.build(o, start[o], start[o + 1]));
    }
    return groups;
  }

  /** Builds one organisation's group, renumbering its staff and people from 0. */
  private static final class Builder {
    private final NumberedContacts rows;
    /** Staff and person number of each row, the rows sorted by organisation. */
    private final int[] staffOf;
    private final int[] personOf;
    /** Global number to number within the current organisation, -1 when not seen there. */
    private final int[] localStaff;
    private final int[] localPerson;

    Builder(NumberedContacts rows, int[] staffOf, int[] personOf) {
      this.rows = rows;
      this.staffOf = staffOf;
      this.personOf = personOf;
      localStaff = new int[rows.respondents.size()];
      localPerson = new int[rows.people.size()];
      Arrays.fill(localStaff, -1);
      Arrays.fill(localPerson, -1);
    }

    OrganisationContacts build(int organisation, int from, int to) {
      List<Respondent> staff = new ArrayList<>();
      List<ContactPerson> persons = new ArrayList<>();
      int size = to - from;
      int[] staffRows = new int[size];
      int[] staffIds = new int[size];
      int[] personRows = new int[size];
      int unnamed = 0;
      long[] rowLinks = new long[size];
      for (int k = 0; k < size; k++) {
        int s = localStaff[staffOf[from + k]];
        if (s < 0) {
          s = localStaff[staffOf[from + k]] = staff.size();
          staff.add(rows.respondents.value(staffOf[from + k]));
          staffIds[s] = staffOf[from + k];
        }
        staffRows[s]++;
        int p = -1;
        if (personOf[from + k] < 0) {
          unnamed++;
        } else {
          p = localPerson[personOf[from + k]];
          if (p < 0) {
            p = localPerson[personOf[from + k]] = persons.size();
            persons.add(rows.people.value(personOf[from + k]));
          }
          personRows[p]++;
        }
        rowLinks[k] = OrganisationContacts.linkKey(s, p);
      }
      for (int k = from; k < to; k++) { // reset for the next organisation
        localStaff[staffOf[k]] = -1;
        if (personOf[k] >= 0) {
          localPerson[personOf[k]] = -1;
        }
      }
      return new OrganisationContacts(
          rows.organisations.value(organisation),
          staff,
          Arrays.copyOf(staffIds, staff.size()),
          persons,
          Arrays.copyOf(staffRows, staff.size()),
          Arrays.copyOf(personRows, persons.size()),
          unnamed,
          rowLinks);
    }
  }
}
