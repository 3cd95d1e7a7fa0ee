package nl.netwerkscan.analysis;

import java.util.Objects;
import nl.netwerkscan.model.Organisation;

/**
 * How many people and rows an organisation's relation consists of.
 *
 * @param staff distinct respondents with a used row there
 * @param contacts used rows there, named or not
 * @param externalPersons distinct named contact persons there
 */
public record OrganisationFigures(
    Organisation organisation, int staff, int contacts, int externalPersons) {
  public OrganisationFigures {
    Objects.requireNonNull(organisation);
    if (staff < 1 || contacts < staff || externalPersons < 0) {
      throw new IllegalArgumentException(
          "impossible figures for " + organisation.name() + ": " + staff + " " + contacts);
    }
  }

  static OrganisationFigures of(OrganisationContacts group) {
    return new OrganisationFigures(
        group.organisation(), group.staffCount(), group.contacts(), group.namedPersonCount());
  }
}
