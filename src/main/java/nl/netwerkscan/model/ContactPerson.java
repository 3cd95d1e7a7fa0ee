package nl.netwerkscan.model;

import java.util.Objects;

/**
 * A named person at a partner organisation. The same name at two organisations is two people.
 *
 * @param key the matching key of the name, within {@code organisation}
 * @param name the name as first written in the survey
 */
public record ContactPerson(String key, String name, Organisation organisation) {
  public ContactPerson {
    Objects.requireNonNull(key);
    Objects.requireNonNull(name);
    Objects.requireNonNull(organisation);
  }

  /** From the keys alone (equal persons have equal keys): hashed a million times per survey. */
  /** Identity first: the importer interns these, so most comparisons end here. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof ContactPerson other && key.equals(other.key) && name.equals(other.name) && organisation.equals(other.organisation);
  }

  @Override
  public int hashCode() {
    return 31 * organisation.key().hashCode() + key.hashCode();
  }
}
