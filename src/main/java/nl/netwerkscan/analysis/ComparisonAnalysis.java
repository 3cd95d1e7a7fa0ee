package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;

/**
 * What changed between two yearly surveys (report contract, compare). Organisations and staff
 * are matched across the years by {@link YearMatching}, the rules {@code trend} uses too.
 *
 * <p>Change per organisation: NEW when it had no contacts in the old year, GONE when none in
 * the new; otherwise STRONGER or WEAKER when its risk level fell or rose, else when its
 * resilience rose or fell, else SAME. Distances: per type and aspect, old, new and new − old
 * (positive = farther away). Staff: who left, who joined, and for each who left the
 * organisations where they were our only contact in the old year — the relations that break
 * unless someone takes them over.
 *
 * <p>Cost: the fragility, distance and departure analyses of both years, plus linear merges.
 */
public final class ComparisonAnalysis {
  private ComparisonAnalysis() {}

  public enum Change {
    NEW,
    GONE,
    STRONGER,
    WEAKER,
    SAME
  }

  /** One organisation in both years; a side is empty when it had no contacts that year. */
  public record OrganisationChange(
      Organisation organisation,
      Optional<FragilityAnalysis.Row> old,
      Optional<FragilityAnalysis.Row> current,
      Change change) {}

  /** One type and aspect; {@code change} = new − old distance, empty unless both exist. */
  public record DistanceChange(
      OrganisationType type, Aspect aspect, OptionalDouble old, OptionalDouble current, OptionalDouble change) {}

  /** A staff member who left, with the organisations that had only them as our contact. */
  public record Leaver(Respondent respondent, List<Organisation> onlyContactOf) {}

  public record Result(
      List<OrganisationChange> organisations,
      List<DistanceChange> distances,
      List<Leaver> left,
      List<Respondent> joined) {
    public Result {
      organisations = List.copyOf(organisations);
      distances = List.copyOf(distances);
      left = List.copyOf(left);
      joined = List.copyOf(joined);
    }

    public long count(Change change) {
      return organisations.stream().filter(o -> o.change() == change).count();
    }
  }

  public static Result of(Survey old, Survey current, FragilityAnalysis.Thresholds thresholds) {
    Objects.requireNonNull(old);
    Objects.requireNonNull(current);
    return new Result(
        organisations(FragilityAnalysis.analyse(old, thresholds), FragilityAnalysis.analyse(current, thresholds)),
        distances(DistanceAnalysis.of(old), DistanceAnalysis.of(current)),
        leavers(old, current),
        joined(old, current));
  }

  private static List<OrganisationChange> organisations(FragilityAnalysis.Result old, FragilityAnalysis.Result current) {
    Map<String, FragilityAnalysis.Row> oldRows = YearMatching.organisations(old);
    Map<String, FragilityAnalysis.Row> newRows = YearMatching.organisations(current);
    List<OrganisationChange> changes = new ArrayList<>();
    for (String key : YearMatching.newestFirst(List.of(oldRows, newRows))) {
      Optional<FragilityAnalysis.Row> before = Optional.ofNullable(oldRows.get(key));
      Optional<FragilityAnalysis.Row> after = Optional.ofNullable(newRows.get(key));
      Organisation organisation = after.orElseGet(before::orElseThrow).organisation();
      changes.add(new OrganisationChange(organisation, before, after, change(before, after)));
    }
    changes.sort(
        Comparator.comparing(OrganisationChange::change)
            .thenComparing(c -> c.organisation().name(), String.CASE_INSENSITIVE_ORDER));
    return changes;
  }

  static Change change(Optional<FragilityAnalysis.Row> old, Optional<FragilityAnalysis.Row> current) {
    if (old.isEmpty()) {
      return Change.NEW;
    }
    if (current.isEmpty()) {
      return Change.GONE;
    }
    // Risk is ordered HIGH, MEDIUM, LOW: a higher ordinal is a safer relation.
    int risk = Integer.compare(current.get().risk().ordinal(), old.get().risk().ordinal());
    if (risk != 0) {
      return risk > 0 ? Change.STRONGER : Change.WEAKER;
    }
    int resilience = Integer.compare(current.get().resilience(), old.get().resilience());
    if (resilience != 0) {
      return resilience > 0 ? Change.STRONGER : Change.WEAKER;
    }
    return Change.SAME;
  }

  private static List<DistanceChange> distances(DistanceAnalysis.Result old, DistanceAnalysis.Result current) {
    Map<OrganisationType, DistanceAnalysis.Row> oldRows = YearMatching.types(old);
    Map<OrganisationType, DistanceAnalysis.Row> newRows = YearMatching.types(current);
    List<OrganisationType> types = YearMatching.typesInOrder(List.of(oldRows, newRows));
    List<DistanceChange> changes = new ArrayList<>();
    for (OrganisationType type : types) {
      for (Aspect aspect : Aspect.values()) {
        OptionalDouble before = distance(oldRows.get(type), aspect);
        OptionalDouble after = distance(newRows.get(type), aspect);
        OptionalDouble change =
            before.isPresent() && after.isPresent()
                ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
                : OptionalDouble.empty();
        changes.add(new DistanceChange(type, aspect, before, after, change));
      }
    }
    return changes;
  }

  private static OptionalDouble distance(DistanceAnalysis.Row row, Aspect aspect) {
    return row == null ? OptionalDouble.empty() : row.distance(aspect);
  }

  private static List<Leaver> leavers(Survey old, Survey current) {
    Map<String, Respondent> stayed = YearMatching.respondents(current);
    Map<String, List<Organisation>> onlyContact = new LinkedHashMap<>();
    for (DepartureAnalysis.Departure departure : DepartureAnalysis.analyse(old).departures()) {
      departure.person().staffMember().ifPresent(
          staff -> onlyContact.computeIfAbsent(staff.key(), k -> new ArrayList<>()).add(departure.organisation()));
    }
    List<Leaver> leavers = new ArrayList<>();
    for (Respondent respondent : old.respondents()) {
      if (!stayed.containsKey(respondent.key())) {
        leavers.add(new Leaver(respondent, onlyContact.getOrDefault(respondent.key(), List.of())));
      }
    }
    return leavers;
  }

  private static List<Respondent> joined(Survey old, Survey current) {
    Map<String, Respondent> before = YearMatching.respondents(old);
    return current.respondents().stream().filter(r -> !before.containsKey(r.key())).toList();
  }
}
