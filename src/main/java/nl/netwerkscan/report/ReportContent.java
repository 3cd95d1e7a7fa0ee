package nl.netwerkscan.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.netwerkscan.analysis.AspectDistributionAnalysis;
import nl.netwerkscan.analysis.CriticalDependencyAnalysis;
import nl.netwerkscan.analysis.DepartureAnalysis;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.FunctionGroupAnalysis;
import nl.netwerkscan.analysis.FunctionGroupDistanceAnalysis;
import nl.netwerkscan.analysis.InHouseAnalysis;
import nl.netwerkscan.analysis.LeaveScenario;
import nl.netwerkscan.analysis.OrganisationTypeAnalysis;
import nl.netwerkscan.analysis.ResponseAnalysis;
import nl.netwerkscan.analysis.SummaryAnalysis;
import nl.netwerkscan.analysis.SummaryAnalysis.Summary;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.network.ContactNetwork;

/**
 * Everything one report shows: the survey, its network, and every analysis result. The
 * workbook, the diagrams and the slides all read these same results.
 *
 * @param leave the {@code --leave} scenario, empty when no names were given
 */
public record ReportContent(
    Survey survey,
    ContactNetwork network,
    Summary summary,
    OrganisationTypeAnalysis.Result organisationTypes,
    FunctionGroupAnalysis.Result functionGroups,
    AspectDistributionAnalysis.Result aspects,
    DistanceAnalysis.Result distances,
    FunctionGroupDistanceAnalysis.Result groupDistances,
    InHouseAnalysis.Result inHouse,
    FragilityAnalysis.Result fragility,
    DepartureAnalysis.Result departures,
    Optional<LeaveScenario.Result> leave,
    ResponseAnalysis.Result response,
    CriticalDependencyAnalysis.Result critical) {
  public ReportContent {
    Objects.requireNonNull(survey);
    Objects.requireNonNull(network);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(organisationTypes);
    Objects.requireNonNull(functionGroups);
    Objects.requireNonNull(aspects);
    Objects.requireNonNull(distances);
    Objects.requireNonNull(groupDistances);
    Objects.requireNonNull(inHouse);
    Objects.requireNonNull(fragility);
    Objects.requireNonNull(departures);
    Objects.requireNonNull(leave);
    Objects.requireNonNull(response);
    Objects.requireNonNull(critical);
  }

  /** Runs every analysis on {@code survey} with the default thresholds and no scenario. */
  public static ReportContent analyse(Survey survey, ContactNetwork network) {
    return analyse(survey, network, FragilityAnalysis.Thresholds.DEFAULTS, List.of());
  }

  /**
   * Runs every analysis on {@code survey}.
   *
   * @param leave the names of {@code --leave}; empty for no scenario
   */
  public static ReportContent analyse(
      Survey survey,
      ContactNetwork network,
      FragilityAnalysis.Thresholds thresholds,
      List<String> leave) {
    FragilityAnalysis.Result fragility = FragilityAnalysis.analyse(survey, thresholds);
    return new ReportContent(
        survey,
        network,
        SummaryAnalysis.of(survey),
        OrganisationTypeAnalysis.of(survey),
        FunctionGroupAnalysis.of(survey),
        AspectDistributionAnalysis.of(survey),
        DistanceAnalysis.of(survey),
        FunctionGroupDistanceAnalysis.of(survey),
        InHouseAnalysis.of(survey),
        fragility,
        DepartureAnalysis.analyse(survey),
        leave.isEmpty() ? Optional.empty() : Optional.of(LeaveScenario.simulate(survey, leave)),
        ResponseAnalysis.of(survey),
        CriticalDependencyAnalysis.analyse(survey, fragility));
  }
}
