package nl.netwerkscan.report.trend;

import java.util.List;
import nl.netwerkscan.analysis.DistanceTrendAnalysis;
import nl.netwerkscan.analysis.OrganisationTrendAnalysis;
import nl.netwerkscan.analysis.RelationTrendAnalysis;
import nl.netwerkscan.analysis.SurveyYear;

/**
 * Everything the trend report shows, computed once: the years in order with their own analyses,
 * and the trend analyses over them. The workbook, the picture, the slides and the timeline all
 * read this, so they never disagree.
 *
 * @param home the name of our own organisation, the centre of the timeline's network
 */
public record TrendContent(
    List<SurveyYear> years,
    String home,
    OrganisationTrendAnalysis.Result organisations,
    DistanceTrendAnalysis.Result distances,
    RelationTrendAnalysis.Result relations) {

  public TrendContent {
    years = List.copyOf(years);
  }

  public static TrendContent analyse(List<SurveyYear> years, String home) {
    return new TrendContent(
        years, home, OrganisationTrendAnalysis.of(years), DistanceTrendAnalysis.of(years), RelationTrendAnalysis.of(years));
  }

  public SurveyYear first() {
    return years.get(0);
  }

  public SurveyYear last() {
    return years.get(years.size() - 1);
  }
}
