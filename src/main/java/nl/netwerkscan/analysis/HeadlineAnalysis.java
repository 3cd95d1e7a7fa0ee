package nl.netwerkscan.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.OrganisationType;

/**
 * The headline findings of the Samenvatting sheet, picked from the other analyses' results: the
 * closest and the farthest organisation type (by mean distance), the high-risk organisations,
 * and the aspect where in-house partners differ most from the rest (largest absolute difference
 * of means over all types). Cost: a pass over a few dozen result rows.
 */
public final class HeadlineAnalysis {
  private HeadlineAnalysis() {}

  /** A type and its mean distance. */
  public record TypeDistance(OrganisationType type, double distance) {}

  /** An aspect and its in-house − external difference of means. */
  public record InHouseDifference(Aspect aspect, double difference) {}

  public record Result(
      Optional<TypeDistance> closest,
      Optional<TypeDistance> farthest,
      List<Organisation> highRisk,
      Optional<InHouseDifference> largestInHouseDifference) {
    public Result {
      highRisk = List.copyOf(highRisk);
    }
  }

  public static Result of(
      DistanceAnalysis.Result distances, FragilityAnalysis.Result fragility, InHouseAnalysis.Result inHouse) {
    List<TypeDistance> types =
        distances.types().stream()
            .filter(row -> row.mean().isPresent())
            .map(row -> new TypeDistance(row.type().orElseThrow(), row.mean().getAsDouble()))
            .toList();
    Optional<TypeDistance> closest = types.stream().min(Comparator.comparingDouble(TypeDistance::distance));
    Optional<TypeDistance> farthest = types.stream().max(Comparator.comparingDouble(TypeDistance::distance));
    Optional<InHouseDifference> largest =
        inHouse.rows().stream()
            .filter(row -> row.isAll() && row.difference().isPresent())
            .map(row -> new InHouseDifference(row.aspect(), row.difference().getAsDouble()))
            .max(Comparator.comparingDouble(d -> Math.abs(d.difference())));
    List<Organisation> highRisk = fragility.highRisk().stream().map(FragilityAnalysis.Row::organisation).toList();
    return new Result(closest, farthest, highRisk, largest);
  }
}
