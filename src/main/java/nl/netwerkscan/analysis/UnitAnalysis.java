package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.Unit;

/**
 * Teams, departments or municipalities side by side (report contract, "Units"): each unit's own
 * network, analysed by the same analyses on that unit's rows alone, and the partners that two or
 * more units share. A roll-up of twenty municipalities can make a partner look resilient overall
 * while in half of them it hangs on one person; this is where that shows.
 *
 * <p>Units are ranked for a regional coordinator: most high-risk relations first, then the
 * closest (lowest mean distance), then by name; respondents without a unit last.
 */
public final class UnitAnalysis {
  /**
   * One unit's figures, or those of the whole survey ({@code unit} empty).
   *
   * @param contacts the unit's used rows
   * @param highRisk organisations at high risk in the unit's own network
   * @param meanDistance the mean distance over all the unit's rows (Afstanden's Alle row)
   * @param response responded ÷ asked of the unit's roster; empty without one
   * @param distances the unit's distance table, its types in the study's order, then Alle
   */
  public record UnitRow(
      Optional<Unit> unit,
      int respondents,
      long contacts,
      int organisations,
      int externalPersons,
      int highRisk,
      int mediumRisk,
      OptionalDouble meanDistance,
      OptionalDouble response,
      DistanceAnalysis.Result distances) {
    public UnitRow {
      Objects.requireNonNull(unit);
      Objects.requireNonNull(meanDistance);
      Objects.requireNonNull(response);
      Objects.requireNonNull(distances);
    }
  }

  /**
   * An organisation with contacts from two or more units.
   *
   * @param units how many units have contacts with it
   * @param unitsAtHighRisk in how many of those it is at high risk (hangs on one person there)
   * @param resilience its resilience over the whole survey
   * @param risk its risk over the whole survey
   */
  public record SharedPartner(Organisation organisation, int units, int unitsAtHighRisk, int resilience, Risk risk) {
    public SharedPartner {
      Objects.requireNonNull(organisation);
      Objects.requireNonNull(risk);
    }
  }

  /**
   * @param units one row per unit, ranked
   * @param all the whole survey's row
   * @param shared the organisations known to two or more units: most units at high risk first,
   *     then most units, then name
   */
  public record Result(List<UnitRow> units, UnitRow all, List<SharedPartner> shared) {
    public Result {
      units = List.copyOf(units);
      Objects.requireNonNull(all);
      shared = List.copyOf(shared);
    }
  }

  private UnitAnalysis() {}

  /** The whole survey's results, already made for the report: the Alle row copies them. */
  public record Whole(
      SummaryAnalysis.Summary summary,
      FragilityAnalysis.Result fragility,
      DistanceAnalysis.Result distances,
      ResponseAnalysis.Result response) {
    public Whole {
      Objects.requireNonNull(summary);
      Objects.requireNonNull(fragility);
      Objects.requireNonNull(distances);
      Objects.requireNonNull(response);
    }
  }

  /**
   * Each unit's own figures, before the whole survey's are known, so a report can make them on
   * one core while the other still analyses the whole (and on both when it is done).
   *
   * @param rows one per unit, in the order of {@link Survey#units()}
   * @param fragility per unit its organisations' fragility, in the same order
   */
  public record PerUnit(List<UnitRow> rows, List<FragilityAnalysis.Result> fragility) {
    public PerUnit {
      rows = List.copyOf(rows);
      fragility = List.copyOf(fragility);
    }
  }

  /**
   * The first step: every unit's analyses on its rows alone, units side by side on a thread per
   * core (they share nothing); empty when the survey has fewer than two units. Each unit's rows
   * are numbered from {@code numbered}, the whole survey's numbering.
   */
  public static Optional<PerUnit> perUnit(
      Survey survey, NumberedContacts numbered, FragilityAnalysis.Thresholds thresholds) {
    if (survey.units().size() < 2) {
      return Optional.empty();
    }
    List<Map.Entry<Unit, Survey>> units = List.copyOf(survey.byUnit().entrySet());
    Map<Unit, int[]> rows = numbered.rowsByUnit();
    List<Callable<Map.Entry<UnitRow, FragilityAnalysis.Result>>> tasks = new ArrayList<>();
    for (Map.Entry<Unit, Survey> unit : units) {
      Survey own = unit.getValue();
      int[] ownRows = rows.getOrDefault(unit.getKey(), new int[0]);
      tasks.add(() -> analysed(unit.getKey(), own, numbered.part(own.contacts(), ownRows), thresholds));
    }
    List<Map.Entry<UnitRow, FragilityAnalysis.Result>> analysed = largestFirst(tasks, units);
    return Optional.of(new PerUnit(
        analysed.stream().map(Map.Entry::getKey).toList(), analysed.stream().map(Map.Entry::getValue).toList()));
  }

  private static Map.Entry<UnitRow, FragilityAnalysis.Result> analysed(
      Unit unit, Survey own, NumberedContacts numbered, FragilityAnalysis.Thresholds thresholds) {
    FragilityAnalysis.Result fragility = FragilityAnalysis.analyse(OrganisationGroups.of(numbered), thresholds);
    Whole figures = new Whole(
        SummaryAnalysis.of(own, numbered),
        fragility,
        DistanceAnalysis.of(AnswerTallies.of(numbered)),
        ResponseAnalysis.of(own));
    return Map.entry(row(Optional.of(unit), figures), fragility);
  }

  /**
   * Runs the units' tasks on a thread per core, the largest unit first, and returns their results
   * in the units' order. Each thread takes the next task when it is done, so the run ends at
   * most one small unit after the other thread: a parallel stream cuts the list into a few
   * chunks up front, which left one core idle for 0.6 s of the 1.6 s of a million rows in 350
   * units.
   */
  private static <T> List<T> largestFirst(List<Callable<T>> tasks, List<Map.Entry<Unit, Survey>> units) {
    Integer[] order = new Integer[tasks.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -units.get(i).getValue().contacts().size()));
    List<Callable<T>> sorted = new ArrayList<>();
    for (Integer i : order) {
      sorted.add(tasks.get(i));
    }
    ExecutorService threads = Executors.newFixedThreadPool(
        Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()),
        task -> {
          Thread thread = new Thread(task, "unit-analyses");
          thread.setDaemon(true);
          return thread;
        });
    try {
      List<Future<T>> done = threads.invokeAll(sorted);
      List<T> results = new ArrayList<>(Collections.nCopies(tasks.size(), null));
      for (int k = 0; k < order.length; k++) {
        results.set(order[k], done.get(k).get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing the units", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause; // an OutOfMemoryError in one unit is reported as itself
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      threads.shutdownNow();
    }
  }

  /** The second step: the units ranked, the whole survey's row, and the partners they share. */
  public static Result analyse(PerUnit units, Whole whole) {
    Map<Organisation, int[]> partners = new LinkedHashMap<>(); // units, units at high risk
    for (FragilityAnalysis.Result fragility : units.fragility()) {
      for (FragilityAnalysis.Row row : fragility.rows()) {
        int[] counts = partners.computeIfAbsent(row.organisation(), o -> new int[2]);
        counts[0]++;
        if (row.risk() == Risk.HIGH) {
          counts[1]++;
        }
      }
    }
    List<UnitRow> rows = new ArrayList<>(units.rows());
    rows.sort(
        Comparator.comparing((UnitRow r) -> r.unit().orElseThrow().isUnknown())
            .thenComparingInt(r -> -r.highRisk())
            .thenComparingDouble(r -> r.meanDistance().orElse(Double.MAX_VALUE))
            .thenComparing(r -> r.unit().orElseThrow().name()));
    return new Result(rows, row(Optional.empty(), whole), shared(partners, whole.fragility()));
  }

  private static UnitRow row(Optional<Unit> unit, Whole results) {
    SummaryAnalysis.Summary summary = results.summary();
    FragilityAnalysis.Result fragility = results.fragility();
    DistanceAnalysis.Result distances = results.distances();
    List<ResponseAnalysis.Row> response = results.response().rows();
    return new UnitRow(
        unit,
        summary.respondents(),
        summary.rowsUsed(),
        summary.organisations(),
        summary.externalPersons(),
        count(fragility, Risk.HIGH),
        count(fragility, Risk.MEDIUM),
        distances.all().mean(),
        response.get(response.size() - 1).percentage(),
        inTypeOrder(distances));
  }

  private static int count(FragilityAnalysis.Result fragility, Risk risk) {
    return (int) fragility.rows().stream().filter(row -> row.risk() == risk).count();
  }

  /** As Afstanden per functiegroep: the types in the study's fixed order, then Alle. */
  private static DistanceAnalysis.Result inTypeOrder(DistanceAnalysis.Result distances) {
    List<DistanceAnalysis.Row> rows = new ArrayList<>(distances.types());
    rows.sort(Comparator.comparing(row -> row.type().orElseThrow(), Orders.TYPES));
    rows.add(distances.all());
    return new DistanceAnalysis.Result(rows);
  }

  private static List<SharedPartner> shared(Map<Organisation, int[]> partners, FragilityAnalysis.Result overall) {
    Map<Organisation, FragilityAnalysis.Row> whole = new HashMap<>();
    overall.rows().forEach(row -> whole.put(row.organisation(), row));
    List<SharedPartner> shared = new ArrayList<>();
    partners.forEach((organisation, counts) -> {
      if (counts[0] >= 2) {
        FragilityAnalysis.Row row = whole.get(organisation);
        shared.add(new SharedPartner(organisation, counts[0], counts[1], row.resilience(), row.risk()));
      }
    });
    shared.sort(
        Comparator.comparingInt((SharedPartner p) -> -p.unitsAtHighRisk())
            .thenComparingInt(p -> -p.units())
            .thenComparing(p -> p.organisation().name()));
    return shared;
  }
}
