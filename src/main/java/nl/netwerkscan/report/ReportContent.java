package nl.netwerkscan.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.Optional;
import nl.netwerkscan.analysis.ActionPlanAnalysis;
import nl.netwerkscan.analysis.AnswerTallies;
import nl.netwerkscan.analysis.AspectDistributionAnalysis;
import nl.netwerkscan.analysis.CriticalDependencyAnalysis;
import nl.netwerkscan.analysis.DepartureAnalysis;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.FunctionGroupAnalysis;
import nl.netwerkscan.analysis.HandoverAnalysis;
import nl.netwerkscan.analysis.HeadlineAnalysis;
import nl.netwerkscan.analysis.FunctionGroupDistanceAnalysis;
import nl.netwerkscan.analysis.InHouseAnalysis;
import nl.netwerkscan.analysis.LeaveScenario;
import nl.netwerkscan.analysis.NumberedContacts;
import nl.netwerkscan.analysis.OrganisationAnswerAnalysis;
import nl.netwerkscan.analysis.OrganisationGroups;
import nl.netwerkscan.analysis.OrganisationTypeAnalysis;
import nl.netwerkscan.analysis.ResponseAnalysis;
import nl.netwerkscan.analysis.StaffPortfolioAnalysis;
import nl.netwerkscan.analysis.SummaryAnalysis;
import nl.netwerkscan.analysis.UnitAnalysis;
import nl.netwerkscan.analysis.SummaryAnalysis.Summary;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.report.graph.GraphFiles;

/**
 * Everything one report shows: the survey, its network, and every analysis result. The
 * workbook, the diagrams and the slides all read these same results.
 *
 * @param network the survey's whole network, or for a very large survey the part of it with its
 *     high-risk organisations (see {@link #analyse(Survey, String, FragilityAnalysis.Thresholds, List)})
 * @param leave the {@code --leave} scenario, empty when no names were given
 * @param handover who takes over from the leavers of {@code leave}, empty when {@code leave} is
 * @param organisationAnswers the mean answer per aspect of each organisation (the explorer)
 * @param units the units side by side, empty for a survey with fewer than two units
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
    HeadlineAnalysis.Result headlines,
    ActionPlanAnalysis.Result actions,
    StaffPortfolioAnalysis.Result staff,
    Optional<HandoverAnalysis.Result> handover,
    OrganisationAnswerAnalysis.Result organisationAnswers,
    Optional<UnitAnalysis.Result> units) {
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
    Objects.requireNonNull(actions);
    Objects.requireNonNull(staff);
    Objects.requireNonNull(handover);
    Objects.requireNonNull(organisationAnswers);
    Objects.requireNonNull(units);
  }

  /** Runs every analysis on {@code survey} with the default thresholds and no scenario. */
  public static ReportContent analyse(Survey survey, ContactNetwork network) {
    return analyse(survey, network, FragilityAnalysis.Thresholds.DEFAULTS, List.of());
  }

  /**
   * Runs every analysis on {@code survey}, with {@code network} as its network.
   *
   * @param leave the names of {@code --leave}; empty for no scenario
   */
  public static ReportContent analyse(
      Survey survey,
      ContactNetwork network,
      FragilityAnalysis.Thresholds thresholds,
      List<String> leave) {
    Objects.requireNonNull(network);
    return analyse(survey, (groups, fragility) -> network, thresholds, leave);
  }

  /**
   * Runs every analysis on {@code survey} and builds its network around {@code homeName}: the
   * whole network when the graph files can hold it ({@link GraphFiles#FULL_GRAPH_LIMIT} links),
   * otherwise only the part the diagrams draw person by person, the high-risk organisations.
   */
  public static ReportContent analyse(
      Survey survey, String homeName, FragilityAnalysis.Thresholds thresholds, List<String> leave) {
    return analyse(
        survey,
        (groups, fragility) -> groups.links() <= GraphFiles.FULL_GRAPH_LIMIT
            ? ContactNetwork.of(survey, homeName)
            : ContactNetwork.of(survey, homeName, highRiskOrganisations(fragility)),
        thresholds,
        leave);
  }

  /**
   * The analyses in two halves of about equal cost for a large survey, on two threads: on two
   * cores it waits for the longer half instead of their sum. Both read the contacts numbered
   * once ({@link NumberedContacts}). One half works organisation by organisation: it groups the
   * contacts ({@link OrganisationGroups}), then fragility, the answer means per organisation,
   * critical dependencies (from those two), departures, the scenario, the network, which may
   * depend on those, and the action plan, staff portfolio and handover, which read them. The other counts the answers once
   * ({@link AnswerTallies}) for the six analyses that add them up by type and group, and counts
   * people from the numbering.
   */
  private static ReportContent analyse(
      Survey survey,
      BiFunction<OrganisationGroups, FragilityAnalysis.Result, ContactNetwork> networkOf,
      FragilityAnalysis.Thresholds thresholds,
      List<String> leave) {
    NumberedContacts numbered = NumberedContacts.of(survey);
    CompletableFuture<Relations> relations =
        CompletableFuture.supplyAsync(() -> Relations.of(numbered, networkOf, thresholds, leave));
    AnswerTallies answers = AnswerTallies.of(numbered);
    InHouseAnalysis.Result inHouse = InHouseAnalysis.of(answers);
    SummaryAnalysis.Summary summary = SummaryAnalysis.of(survey, numbered);
    OrganisationTypeAnalysis.Result types = OrganisationTypeAnalysis.of(numbered, answers);
    FunctionGroupAnalysis.Result groups = FunctionGroupAnalysis.of(numbered, answers);
    AspectDistributionAnalysis.Result aspects = AspectDistributionAnalysis.of(answers);
    DistanceAnalysis.Result distances = DistanceAnalysis.of(answers);
    FunctionGroupDistanceAnalysis.Result groupDistances = FunctionGroupDistanceAnalysis.of(answers);
    ResponseAnalysis.Result response = ResponseAnalysis.of(survey);
    // each unit's own analyses need nothing of the whole survey's, so they run before the join
    Optional<UnitAnalysis.PerUnit> perUnit = UnitAnalysis.perUnit(survey, numbered, thresholds);
    Relations organisations = join(relations);
    Optional<UnitAnalysis.Result> units = perUnit.map(each -> UnitAnalysis.analyse(
        each, new UnitAnalysis.Whole(summary, organisations.fragility(), distances, response)));
    return new ReportContent(
        survey,
        organisations.network(),
        summary,
        types,
        groups,
        aspects,
        distances,
        groupDistances,
        inHouse,
        organisations.fragility(),
        organisations.departures(),
        organisations.scenario(),
        response,
        organisations.critical(),
        HeadlineAnalysis.of(distances, organisations.fragility(), inHouse),
        organisations.actions(),
        organisations.staff(),
        organisations.handover(),
        organisations.answers(),
        units);
  }

  private static Set<Organisation> highRiskOrganisations(FragilityAnalysis.Result fragility) {
    Set<Organisation> organisations = new HashSet<>();
    fragility.highRisk().forEach(row -> organisations.add(row.organisation()));
    return organisations;
  }

  private static <T> T join(CompletableFuture<T> result) {
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause; // an OutOfMemoryError on the other half is reported as itself
      }
      throw e;
    }
  }

  /** The results that work organisation by organisation, made together on one thread. */
  private record Relations(
      FragilityAnalysis.Result fragility,
      CriticalDependencyAnalysis.Result critical,
      DepartureAnalysis.Result departures,
      Optional<LeaveScenario.Result> scenario,
      ContactNetwork network,
      ActionPlanAnalysis.Result actions,
      StaffPortfolioAnalysis.Result staff,
      Optional<HandoverAnalysis.Result> handover,
      OrganisationAnswerAnalysis.Result answers) {
    static Relations of(
        NumberedContacts numbered,
        BiFunction<OrganisationGroups, FragilityAnalysis.Result, ContactNetwork> networkOf,
        FragilityAnalysis.Thresholds thresholds,
        List<String> leave) {
      OrganisationGroups byOrganisation = OrganisationGroups.of(numbered);
      FragilityAnalysis.Result fragility = FragilityAnalysis.analyse(byOrganisation, thresholds);
      StaffPortfolioAnalysis.Result staff = StaffPortfolioAnalysis.analyse(numbered, byOrganisation, fragility);
      Optional<LeaveScenario.Result> scenario =
          leave.isEmpty() ? Optional.empty() : Optional.of(LeaveScenario.simulate(byOrganisation, leave));
      OrganisationAnswerAnalysis.Result answers = OrganisationAnswerAnalysis.of(numbered);
      return new Relations(
          fragility,
          CriticalDependencyAnalysis.analyse(answers, fragility),
          DepartureAnalysis.analyse(byOrganisation),
          scenario,
          networkOf.apply(byOrganisation, fragility),
          ActionPlanAnalysis.analyse(numbered, byOrganisation, fragility, staff),
          staff,
          scenario.map(s -> HandoverAnalysis.analyse(byOrganisation, s, staff)),
          answers);
    }
  }
}
