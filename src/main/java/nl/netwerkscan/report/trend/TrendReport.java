package nl.netwerkscan.report.trend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nl.netwerkscan.analysis.OrganisationTrendAnalysis;
import nl.netwerkscan.analysis.OrganisationTrendAnalysis.Pattern;
import nl.netwerkscan.report.ActionTexts;
import nl.netwerkscan.report.ReportFolder;
import nl.netwerkscan.report.diagram.Diagrams;
import nl.netwerkscan.report.diagram.TrendInput;
import nl.netwerkscan.report.graph.NetworkTimeline;
import nl.netwerkscan.report.slides.TrendPresentation;
import nl.netwerkscan.text.Messages;

/**
 * The report folder of {@code trend} (report contract, trend): trend.xlsx, the timeline GEXF, the
 * trend picture (PNG and SVG) and the slides, all from one {@link TrendContent}, put in place
 * only once complete.
 */
public final class TrendReport {
  private TrendReport() {}

  /**
   * Writes the report folder at {@code target}.
   *
   * @return true when the timeline holds the people, false when only the organisations (a year
   *     too large for a readable graph of people)
   */
  public static boolean write(Path target, TrendContent trend, Messages messages) throws IOException {
    boolean[] people = {true};
    ReportFolder.replace(
        target,
        folder -> {
          TrendWorkbook.write(folder.resolve(messages.get("trend.file")), trend, messages);
          people[0] =
              NetworkTimeline.write(
                  folder.resolve(messages.get("trend.file.timeline")), trend.years(), trend.home(), messages);
          Path picture = Diagrams.writeTrend(folder, input(trend, messages), messages);
          TrendPresentation.write(folder, trend, messages, picture);
        });
    return people[0];
  }

  static TrendInput input(TrendContent trend, Messages messages) {
    List<TrendInput.TypeLine> types =
        trend.distances().typeMeans().stream()
            .map(row -> new TrendInput.TypeLine(row.type().orElseThrow(), row.years()))
            .toList();
    ActionTexts texts = new ActionTexts(messages);
    return new TrendInput(
        trend.home(),
        trend.years().stream().map(year -> year.label()).toList(),
        types,
        lines(trend, Pattern.PERSISTENTLY_FRAGILE, row -> messages.get(
            "diagram.trend.persistent.line", row.organisation().name(), row.highYearsInRow(),
            texts.carrierNames(row.last().orElseThrow().carriers()))),
        lines(trend, Pattern.NEWLY_FRAGILE, row -> messages.get(
            "diagram.trend.newly.line", row.organisation().name(), texts.carrierNames(row.last().orElseThrow().carriers()))),
        lines(trend, Pattern.RECOVERED, row -> row.organisation().name()));
  }

  private static List<String> lines(
      TrendContent trend, Pattern pattern, Function<OrganisationTrendAnalysis.Row, String> line) {
    return trend.organisations().with(pattern).stream().map(line).toList();
  }
}
