package nl.netwerkscan.report;

import java.util.Objects;
import nl.netwerkscan.analysis.SummaryAnalysis;
import nl.netwerkscan.analysis.SummaryAnalysis.Summary;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.network.ContactNetwork;

/**
 * Everything one report shows: the survey, its network, and every analysis result. The
 * workbook, the diagrams and the slides all read these same results.
 */
public record ReportContent(Survey survey, ContactNetwork network, Summary summary) {
  public ReportContent {
    Objects.requireNonNull(survey);
    Objects.requireNonNull(network);
    Objects.requireNonNull(summary);
  }

  /** Runs every analysis on {@code survey}. */
  public static ReportContent analyse(Survey survey, ContactNetwork network) {
    return new ReportContent(survey, network, SummaryAnalysis.of(survey));
  }
}
