package nl.netwerkscan.model;

import java.util.Objects;

/** A row of the optional Medewerkers roster: a staff member and whether they were asked. */
public record StaffMember(Respondent respondent, boolean asked) {
  public StaffMember {
    Objects.requireNonNull(respondent);
  }
}
