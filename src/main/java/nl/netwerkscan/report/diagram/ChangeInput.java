package nl.netwerkscan.report.diagram;

import java.util.List;
import java.util.Objects;

/**
 * Everything the change diagram draws, already computed by the comparison analysis.
 *
 * @param home our own organisation, drawn at the centre
 * @param oldSurvey the old survey as the title names it (its file name)
 * @param newSurvey the new survey as the title names it
 * @param organisations every organisation with contacts in either survey; names only, never people
 */
public record ChangeInput(String home, String oldSurvey, String newSurvey, List<ChangeFigure> organisations) {
  public ChangeInput {
    Objects.requireNonNull(home);
    Objects.requireNonNull(oldSurvey);
    Objects.requireNonNull(newSurvey);
    organisations = List.copyOf(organisations);
  }

  public long count(ChangeKind change) {
    return organisations.stream().filter(o -> o.change() == change).count();
  }
}
