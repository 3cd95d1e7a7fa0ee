package nl.netwerkscan.network;

import java.util.Objects;
import java.util.Optional;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Organisation;

/**
 * A person at a partner organisation, or, when {@code person} is empty, the one shared
 * "unnamed" node of that organisation that stands for every mention without a name. The unnamed
 * node is no person (it never leaves), but it does count in the resilience matching.
 */
public record PersonNode(Organisation organisation, Optional<ContactPerson> person)
    implements Node {

  public PersonNode {
    Objects.requireNonNull(organisation);
    Objects.requireNonNull(person);
  }

  @Override
  public int hashCode() {
    return person.isPresent() ? person.get().hashCode() : organisation.hashCode();
  }

  public static PersonNode named(ContactPerson person) {
    return new PersonNode(person.organisation(), Optional.of(person));
  }

  public static PersonNode unnamed(Organisation organisation) {
    return new PersonNode(organisation, Optional.empty());
  }

  public boolean isUnnamed() {
    return person.isEmpty();
  }

  @Override
  public NodeKind kind() {
    return NodeKind.PERSON;
  }
}
