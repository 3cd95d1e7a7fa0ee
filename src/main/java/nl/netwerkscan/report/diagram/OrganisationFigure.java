package nl.netwerkscan.report.diagram;

import java.util.Objects;
import nl.netwerkscan.model.OrganisationType;

/**
 * One partner organisation as the network diagram draws it; the figures come from the fragility
 * analysis, the diagram never counts them itself.
 *
 * @param contacts used rows at the organisation (circle size)
 * @param staff our staff members with a contact there (line width)
 */
public record OrganisationFigure(
    String name, OrganisationType type, int contacts, int staff, RiskLevel risk) {
  public OrganisationFigure {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(risk);
    if (contacts < 1 || staff < 1) {
      throw new IllegalArgumentException("no contacts or staff at " + name);
    }
  }
}
