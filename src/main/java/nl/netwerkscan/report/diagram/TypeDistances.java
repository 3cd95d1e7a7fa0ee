package nl.netwerkscan.report.diagram;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.OrganisationType;

/**
 * The distances of one organisation type as the distance figure draws them (0 = as close as
 * the scale allows, 1 = as far), from the distance analysis.
 *
 * @param distances per aspect; an aspect missing from the map, or empty, was not answered
 * @param mean the mean of the aspect distances, empty when none was answered
 */
public record TypeDistances(
    OrganisationType type, Map<Aspect, OptionalDouble> distances, OptionalDouble mean) {
  public TypeDistances {
    Objects.requireNonNull(type);
    Objects.requireNonNull(mean);
    distances = Map.copyOf(distances);
    distances.values().forEach(TypeDistances::check);
    check(mean);
  }

  public OptionalDouble distance(Aspect aspect) {
    return distances.getOrDefault(aspect, OptionalDouble.empty());
  }

  /** Convenience for tests and adapters: seven distances in aspect order, NaN = not answered. */
  public static TypeDistances of(OrganisationType type, double mean, double... perAspect) {
    Map<Aspect, OptionalDouble> map = new EnumMap<>(Aspect.class);
    for (int i = 0; i < perAspect.length; i++) {
      map.put(Aspect.values()[i], optional(perAspect[i]));
    }
    return new TypeDistances(type, map, optional(mean));
  }

  private static OptionalDouble optional(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private static void check(OptionalDouble distance) {
    if (distance.isPresent() && !(distance.getAsDouble() >= 0 && distance.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("distance outside 0..1: " + distance);
    }
  }
}
