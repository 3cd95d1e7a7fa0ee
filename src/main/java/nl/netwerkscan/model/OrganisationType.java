package nl.netwerkscan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The class of a partner organisation: one of the study's built-in types, or a type a survey
 * introduces in its Organisaties sheet (kept under its own name).
 *
 * @param builtIn the built-in type, empty for a custom type
 * @param customName the name of a custom type; empty string for a built-in type
 */
public record OrganisationType(Optional<BuiltIn> builtIn, String customName) {

  /** The study's types, in the order its tables list them. */
  public enum BuiltIn {
    CWI,
    WORK,
    EDUCATION,
    CHILDCARE,
    CARE,
    FINANCE,
    HOUSING,
    ENABLING,
    UNKNOWN
  }

  public static final OrganisationType UNKNOWN = of(BuiltIn.UNKNOWN);

  public OrganisationType {
    Objects.requireNonNull(builtIn);
    Objects.requireNonNull(customName);
    if (builtIn.isPresent() == !customName.isEmpty()) {
      throw new IllegalArgumentException("either built-in or custom name: " + builtIn + customName);
    }
  }

  public static OrganisationType of(BuiltIn builtIn) {
    return new OrganisationType(Optional.of(builtIn), "");
  }

  public static OrganisationType custom(String name) {
    return new OrganisationType(Optional.empty(), name.strip());
  }

  public boolean isUnknown() {
    return builtIn.filter(b -> b == BuiltIn.UNKNOWN).isPresent();
  }

  /** Sort position: built-in types in study order, then custom types, then Unknown last. */
  public int order() {
    if (isUnknown()) {
      return Integer.MAX_VALUE;
    }
    return builtIn.map(Enum::ordinal).orElse(BuiltIn.values().length);
  }
}
