package nl.netwerkscan.analysis;

import java.util.Objects;
import nl.netwerkscan.model.Survey;

/**
 * One survey of a series (report contract, trend) with the per-year analyses that {@code
 * analyse} computes for it, so every trend figure reads the same numbers a yearly report shows.
 *
 * @param label the column heading of this year: the year in the file name, else the file's name
 * @param time this year on the timeline: the year itself, else its position 1, 2, 3…
 */
public record SurveyYear(
    String label, int time, Survey survey, FragilityAnalysis.Result fragility, DistanceAnalysis.Result distances) {

  public SurveyYear {
    Objects.requireNonNull(label);
    Objects.requireNonNull(survey);
    Objects.requireNonNull(fragility);
    Objects.requireNonNull(distances);
  }

  public static SurveyYear analyse(String label, int time, Survey survey, FragilityAnalysis.Thresholds thresholds) {
    return new SurveyYear(
        label, time, survey, FragilityAnalysis.analyse(survey, thresholds), DistanceAnalysis.of(survey));
  }
}
