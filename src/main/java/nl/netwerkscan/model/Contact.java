package nl.netwerkscan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One used row of the Contacten sheet: a respondent names a contact at an organisation and
 * rates it.
 *
 * @param person the named contact person, empty when only the organisation was named
 * @param row the spreadsheet row this contact came from (1-based)
 */
public record Contact(
    Respondent respondent,
    Organisation organisation,
    Optional<ContactPerson> person,
    InHouse inHouse,
    Answers answers,
    int row) {

  public Contact {
    Objects.requireNonNull(respondent);
    Objects.requireNonNull(organisation);
    Objects.requireNonNull(person);
    Objects.requireNonNull(inHouse);
    Objects.requireNonNull(answers);
    person.ifPresent(
        p -> {
          if (!p.organisation().equals(organisation)) {
            throw new IllegalArgumentException("person " + p.name() + " is not at " + organisation);
          }
        });
  }
}
