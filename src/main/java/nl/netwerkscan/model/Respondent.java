package nl.netwerkscan.model;

import java.util.Objects;

/**
 * One of our staff members who answered the survey (or, on the roster, was asked to).
 *
 * @param key the matching key: the name without case, accents, spaces or punctuation
 * @param name the name as first written in the survey
 * @param unit the respondent's team, department or municipality; {@link Unit#UNKNOWN} without one
 */
public record Respondent(String key, String name, FunctionGroup function, Unit unit) {
  public Respondent {
    Objects.requireNonNull(key);
    Objects.requireNonNull(name);
    Objects.requireNonNull(function);
    Objects.requireNonNull(unit);
  }

  /** A respondent of a survey without units. */
  public Respondent(String key, String name, FunctionGroup function) {
    this(key, name, function, Unit.UNKNOWN);
  }

  /** Identity first: the importer interns these, so most comparisons end here. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Respondent other && key.equals(other.key) && name.equals(other.name) && function.equals(other.function)
        && unit.equals(other.unit);
  }

  /** By key alone (equal respondents have equal keys): hashed a million times per survey. */
  @Override
  public int hashCode() {
    return key.hashCode();
  }
}
