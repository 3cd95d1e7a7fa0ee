package nl.netwerkscan.model;

import java.util.Objects;

/**
 * The team, department or municipality a respondent belongs to, for a survey that rolls up
 * several units (survey-format.md, column Team). Equal by matching key, so "Team Noord" and
 * "team noord" are one unit; the name is the first spelling met.
 */
public record Unit(String key, String name) {
  /** No Team given: shown as Onbekend / Unknown. */
  public static final Unit UNKNOWN = new Unit("", "");

  public Unit {
    Objects.requireNonNull(key);
    Objects.requireNonNull(name);
  }

  public boolean isUnknown() {
    return key.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Unit other && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }
}
