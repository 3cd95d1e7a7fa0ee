package nl.netwerkscan.report;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import nl.netwerkscan.analysis.AnswerTallies;
import nl.netwerkscan.analysis.AspectDistributionAnalysis;
import nl.netwerkscan.analysis.CriticalDependencyAnalysis;
import nl.netwerkscan.analysis.DepartureAnalysis;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.FunctionGroupAnalysis;
import nl.netwerkscan.analysis.HeadlineAnalysis;
import nl.netwerkscan.analysis.FunctionGroupDistanceAnalysis;
import nl.netwerkscan.analysis.InHouseAnalysis;
import nl.netwerkscan.analysis.LeaveScenario;
import nl.netwerkscan.analysis.OrganisationGroups;
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
    CriticalDependencyAnalysis.Result critical,
    HeadlineAnalysis.Result headlines) {
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
    Objects.requireNonNull(headlines);
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
    return analyse(survey, CompletableFuture.completedFuture(network), thresholds, leave);
  }

  /**
   * Builds the network of {@code survey} around {@code homeName} on a second thread while this
   * one runs the analyses (they read the survey, not the network): on two cores a large survey
   * waits for the longer of the two instead of their sum. The departure analysis follows the
   * network on the second thread, which evens out the two halves for a million rows; it reads
   * the organisation groups this thread makes first, for the fragility analysis. The answers are
   * counted once ({@link AnswerTallies}) for the four analyses that add them up by type and group.
   */
  public static ReportContent analyse(
      Survey survey, String homeName, FragilityAnalysis.Thresholds thresholds, List<String> leave) {
    return analyse(
        survey, CompletableFuture.supplyAsync(() -> ContactNetwork.of(survey, homeName)), thresholds, leave);
  }

  private static ReportContent analyse(
      Survey survey,
      CompletableFuture<ContactNetwork> network,
      FragilityAnalysis.Thresholds thresholds,
      List<String> leave) {
    OrganisationGroups byOrganisation = OrganisationGroups.of(survey);
    AnswerTallies answers = AnswerTallies.of(byOrganisation);
    CompletableFuture<DepartureAnalysis.Result> departures =
        network.thenApply(built -> DepartureAnalysis.analyse(byOrganisation));
    FragilityAnalysis.Result fragility = FragilityAnalysis.analyse(byOrganisation, thresholds);
    CriticalDependencyAnalysis.Result critical = CriticalDependencyAnalysis.analyse(survey, fragility);
    Optional<LeaveScenario.Result> scenario =
        leave.isEmpty() ? Optional.empty() : Optional.of(LeaveScenario.simulate(byOrganisation, leave));
    InHouseAnalysis.Result inHouse = InHouseAnalysis.of(answers);
    SummaryAnalysis.Summary summary = SummaryAnalysis.of(survey);
    OrganisationTypeAnalysis.Result types = OrganisationTypeAnalysis.of(survey);
    FunctionGroupAnalysis.Result groups = FunctionGroupAnalysis.of(survey);
    AspectDistributionAnalysis.Result aspects = AspectDistributionAnalysis.of(answers);
    DistanceAnalysis.Result distances = DistanceAnalysis.of(answers);
    FunctionGroupDistanceAnalysis.Result groupDistances = FunctionGroupDistanceAnalysis.of(answers);
    ResponseAnalysis.Result response = ResponseAnalysis.of(survey);
    return new ReportContent(
        survey,
        network.join(),
        summary,
        types,
        groups,
        aspects,
        distances,
        groupDistances,
        inHouse,
        fragility,
        departures.join(),
        scenario,
        response,
        critical,
        HeadlineAnalysis.of(distances, fragility, inHouse));
  }
}
