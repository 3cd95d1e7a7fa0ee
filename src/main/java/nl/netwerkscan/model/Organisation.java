package nl.netwerkscan.model;

import java.util.Objects;

/**
 * A partner organisation under its canonical name (aliases already resolved).
 *
 * @param key the matching key: the canonical name without case, accents, spaces or punctuation
 */
public record Organisation(String key, String name, OrganisationType type) {
  public Organisation {
    Objects.requireNonNull(key);
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
  }

  /** By key alone (equal organisations have equal keys): hashed a million times per survey. */
  /** Identity first: the importer interns these, so most comparisons end here. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Organisation other && key.equals(other.key) && name.equals(other.name) && type.equals(other.type);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }
}
