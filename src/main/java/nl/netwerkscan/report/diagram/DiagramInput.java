package nl.netwerkscan.report.diagram;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Everything the diagrams draw, already computed: an adapter fills it from the analysis results
 * (the diagrams read figures, they never compute them).
 *
 * @param home our own organisation, drawn at the centre
 * @param year the survey year for the titles, if known
 * @param organisations every partner organisation with contacts
 * @param distances one entry per organisation type with contacts
 * @param fragileRelations the high-risk relations, one picture each
 */
public record DiagramInput(
    String home,
    OptionalInt year,
    List<OrganisationFigure> organisations,
    List<TypeDistances> distances,
    List<FragileRelation> fragileRelations) {
  public DiagramInput {
    Objects.requireNonNull(home);
    Objects.requireNonNull(year);
    organisations = List.copyOf(organisations);
    distances = List.copyOf(distances);
    fragileRelations = List.copyOf(fragileRelations);
  }
}
