package nl.netwerkscan.analysis;

import java.util.Objects;
import java.util.Optional;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Respondent;

/**
 * The one person on one side of a relation through whom every contact with an organisation
 * runs: one of our staff members ({@link Side#INTERNAL}), a named contact person, or the
 * organisation's shared unnamed node ({@link Side#EXTERNAL} with neither). The unnamed node can
 * carry a high-risk relation (it counts for resilience) but never departs.
 */
public record Carrier(
    Side side, Optional<Respondent> staffMember, Optional<ContactPerson> contactPerson) {

  public Carrier {
    Objects.requireNonNull(side);
    Objects.requireNonNull(staffMember);
    Objects.requireNonNull(contactPerson);
    boolean valid =
        side == Side.INTERNAL
            ? staffMember.isPresent() && contactPerson.isEmpty()
            : staffMember.isEmpty();
    if (!valid) {
      throw new IllegalArgumentException("carrier does not match its side " + side);
    }
  }

  public static Carrier internal(Respondent staffMember) {
    return new Carrier(Side.INTERNAL, Optional.of(staffMember), Optional.empty());
  }

  public static Carrier external(ContactPerson person) {
    return new Carrier(Side.EXTERNAL, Optional.empty(), Optional.of(person));
  }

  /** The organisation's mentions without a person's name, as one node. */
  public static Carrier unnamed() {
    return new Carrier(Side.EXTERNAL, Optional.empty(), Optional.empty());
  }

  public boolean isUnnamed() {
    return side == Side.EXTERNAL && contactPerson.isEmpty();
  }

  /** The name as written in the survey; empty for the unnamed node. */
  public Optional<String> name() {
    return side == Side.INTERNAL
        ? staffMember.map(Respondent::name)
        : contactPerson.map(ContactPerson::name);
  }
}
