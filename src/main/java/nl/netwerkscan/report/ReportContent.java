package nl.netwerkscan.report;

import java.util.Objects;
import nl.netwerkscan.analysis.AspectDistributionAnalysis;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.analysis.FunctionGroupAnalysis;
import nl.netwerkscan.analysis.FunctionGroupDistanceAnalysis;
import nl.netwerkscan.analysis.InHouseAnalysis;
import nl.netwerkscan.analysis.OrganisationTypeAnalysis;
import nl.netwerkscan.analysis.ResponseAnalysis;
import nl.netwerkscan.analysis.SummaryAnalysis;
import nl.netwerkscan.analysis.SummaryAnalysis.Summary;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.network.ContactNetwork;

/**
 * Everything one report shows: the survey, its network, and every analysis result. The
 * workbook, the diagrams and the slides all read these same results.
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
    ResponseAnalysis.Result response) {
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
    Objects.requireNonNull(response);
  }

  /** Runs every analysis on {@code survey}. */
  public static ReportContent analyse(Survey survey, ContactNetwork network) {
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
        ResponseAnalysis.of(survey));
  }
}
