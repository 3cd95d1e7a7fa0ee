package nl.netwerkscan.model;

import java.util.List;
import java.util.Objects;

/**
 * Something in the survey that could not be used as it stands. The text is made only when it
 * is shown, from {@link #kind()}'s message key and {@link #arguments()}, so Dutch and English
 * come from the same problem.
 *
 * @param value the offending value as found, empty for a whole row
 */
public record Problem(Location location, String value, ProblemKind kind, List<String> arguments) {
  public Problem {
    Objects.requireNonNull(location);
    Objects.requireNonNull(value);
    Objects.requireNonNull(kind);
    arguments = List.copyOf(arguments);
  }

  public static Problem of(Location location, String value, ProblemKind kind, String... args) {
    return new Problem(location, value, kind, List.of(args));
  }
}
