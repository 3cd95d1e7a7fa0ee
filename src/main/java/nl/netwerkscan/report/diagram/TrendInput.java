package nl.netwerkscan.report.diagram;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import nl.netwerkscan.model.OrganisationType;

/**
 * What the trend picture shows, already worked out: the years, each type's mean distance per
 * year, and the organisations of each pattern as lines of text.
 *
 * @param persistent one line per persistently fragile organisation, most urgent first
 * @param newlyFragile one line per newly fragile organisation
 * @param recovered one line per recovered organisation
 */
public record TrendInput(
    String home,
    List<String> years,
    List<TypeLine> types,
    List<String> persistent,
    List<String> newlyFragile,
    List<String> recovered) {

  public TrendInput {
    Objects.requireNonNull(home);
    years = List.copyOf(years);
    types = List.copyOf(types);
    persistent = List.copyOf(persistent);
    newlyFragile = List.copyOf(newlyFragile);
    recovered = List.copyOf(recovered);
  }

  /** One type's mean distance in each year, empty where it had no answers. */
  public record TypeLine(OrganisationType type, List<OptionalDouble> distances) {
    public TypeLine {
      Objects.requireNonNull(type);
      distances = List.copyOf(distances);
    }
  }
}
