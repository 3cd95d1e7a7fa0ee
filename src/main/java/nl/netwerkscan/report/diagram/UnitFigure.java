package nl.netwerkscan.report.diagram;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One unit as the units picture draws it: its high- and medium-risk organisations (of its own
 * network) and its mean distance.
 *
 * @param name the unit's name, empty for the respondents without one
 * @param small whether its figures rest on fewer than five respondents
 */
public record UnitFigure(String name, int highRisk, int mediumRisk, OptionalDouble meanDistance, boolean small) {
  public UnitFigure {
    Objects.requireNonNull(name);
    Objects.requireNonNull(meanDistance);
  }
}
