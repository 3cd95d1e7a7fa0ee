package nl.netwerkscan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The function group of a respondent: one of the study's four groups, Unknown, or any other
 * text the survey uses (kept as its own group).
 */
public record FunctionGroup(Optional<BuiltIn> builtIn, String customName) {

  public enum BuiltIn {
    CASE_MANAGER,
    BENEFIT_CONSULTANT,
    FINANCIAL_CONSULTANT,
    MANAGER,
    UNKNOWN
  }

  public static final FunctionGroup UNKNOWN = of(BuiltIn.UNKNOWN);

  public FunctionGroup {
    Objects.requireNonNull(builtIn);
    Objects.requireNonNull(customName);
    if (builtIn.isPresent() == !customName.isEmpty()) {
      throw new IllegalArgumentException("either built-in or custom name: " + builtIn + customName);
    }
  }

  public static FunctionGroup of(BuiltIn builtIn) {
    return new FunctionGroup(Optional.of(builtIn), "");
  }

  public static FunctionGroup custom(String name) {
    return new FunctionGroup(Optional.empty(), name.strip());
  }

  public boolean isUnknown() {
    return builtIn.filter(b -> b == BuiltIn.UNKNOWN).isPresent();
  }

  /** Sort position: the study's groups in its order, then custom groups, then Unknown last. */
  public int order() {
    if (isUnknown()) {
      return Integer.MAX_VALUE;
    }
    return builtIn.map(Enum::ordinal).orElse(BuiltIn.values().length);
  }
}
