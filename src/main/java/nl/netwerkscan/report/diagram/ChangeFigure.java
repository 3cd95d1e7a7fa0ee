package nl.netwerkscan.report.diagram;

import java.util.Objects;
import nl.netwerkscan.model.OrganisationType;

/**
 * One partner organisation as the change diagram draws it; figures and change come from the
 * comparison analysis.
 *
 * @param contacts used rows at the organisation in the new survey, or in the old one when it is
 *     gone (circle size)
 * @param staff our staff members with a contact there, in the same survey (line width)
 */
public record ChangeFigure(String name, OrganisationType type, ChangeKind change, int contacts, int staff) {
  public ChangeFigure {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(change);
    if (contacts < 1 || staff < 1) {
      throw new IllegalArgumentException("no contacts or staff at " + name);
    }
  }
}
