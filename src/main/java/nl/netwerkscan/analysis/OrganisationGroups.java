package nl.netwerkscan.analysis;

import java.util.List;
import java.util.Objects;
import nl.netwerkscan.model.Survey;

/**
 * A survey's used contacts grouped per organisation, made once and read by every analysis that
 * works organisation by organisation (fragility, departures, the leave scenario). Grouping a
 * million rows costs a few tenths of a second; made once per report, it is not paid three times.
 */
public final class OrganisationGroups {
  private final List<OrganisationContacts> groups;

  private OrganisationGroups(NumberedContacts numbered) {
    this.groups = List.copyOf(Grouping.group(numbered));
  }

  public static OrganisationGroups of(Survey survey) {
    Objects.requireNonNull(survey);
    return of(NumberedContacts.of(survey));
  }

  public static OrganisationGroups of(NumberedContacts numbered) {
    return new OrganisationGroups(Objects.requireNonNull(numbered));
  }

  /**
   * Distinct staff–person links over all organisations: the staff–person edges of the survey's
   * whole {@code ContactNetwork}, known without building it.
   */
  public long links() {
    long links = 0;
    for (OrganisationContacts group : groups) {
      links += group.links();
    }
    return links;
  }

  /** The groups in order of each organisation's first mention. */
  List<OrganisationContacts> list() {
    return groups;
  }
}
