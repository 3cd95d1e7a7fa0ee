package nl.netwerkscan.report.diagram;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the units picture draws: the units in the ranking of the Teams sheet.
 *
 * @param units every unit, ranked; the picture shows the first {@link UnitDiagram#SHOWN}
 */
public record UnitInput(String home, OptionalInt year, List<UnitFigure> units) {
  public UnitInput {
    Objects.requireNonNull(home);
    Objects.requireNonNull(year);
    units = List.copyOf(units);
  }
}
