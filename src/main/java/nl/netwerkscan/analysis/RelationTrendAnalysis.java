package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Survey;

/**
 * Which staff–person relations lasted (report contract, trend: Relaties): for each pair of
 * consecutive years and each organisation, the relations kept, new and lost. A relation is one of
 * our staff members with one person there, both matched across years by {@link YearMatching};
 * mentions without a person's name are one relation with the organisation's unnamed node, as in
 * the graph files. So a person replaced by a colleague counts as one lost and one new relation.
 *
 * <p>Cost: one pass over each year's contacts into hash sets, then set differences.
 */
public final class RelationTrendAnalysis {
  private RelationTrendAnalysis() {}

  /**
   * @param from index of the earlier year in the series
   * @param to index of the later year, {@code from + 1}
   * @param organisation as named in the later year, else the earlier
   */
  public record Row(int from, int to, Organisation organisation, int kept, int gained, int lost) {
    public Row {
      Objects.requireNonNull(organisation);
    }
  }

  /** Per pair of years in order, its organisations with most relations lost first, then by name. */
  public record Result(List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }

    public List<Row> between(int from) {
      return rows.stream().filter(row -> row.from() == from).toList();
    }

    /** The relations kept, new and lost over all organisations, from year {@code from} to the next. */
    public Totals totals(int from) {
      int kept = 0;
      int gained = 0;
      int lost = 0;
      for (Row row : between(from)) {
        kept += row.kept();
        gained += row.gained();
        lost += row.lost();
      }
      return new Totals(kept, gained, lost);
    }
  }

  /** The sums of one pair of years. */
  public record Totals(int kept, int gained, int lost) {}

  public static Result of(List<SurveyYear> years) {
    List<Relations> relations = years.stream().map(year -> Relations.of(year.survey())).toList();
    List<Row> rows = new ArrayList<>();
    for (int to = 1; to < years.size(); to++) {
      Relations before = relations.get(to - 1);
      Relations after = relations.get(to);
      List<Row> pair = new ArrayList<>();
      for (String key : YearMatching.newestFirst(List.of(before.byOrganisation, after.byOrganisation))) {
        Set<String> old = before.byOrganisation.getOrDefault(key, Set.of());
        Set<String> current = after.byOrganisation.getOrDefault(key, Set.of());
        int kept = (int) old.stream().filter(current::contains).count();
        Organisation organisation = after.organisations.getOrDefault(key, before.organisations.get(key));
        pair.add(new Row(to - 1, to, organisation, kept, current.size() - kept, old.size() - kept));
      }
      pair.sort(
          Comparator.comparingInt((Row row) -> -row.lost())
              .thenComparing(row -> row.organisation().name(), String.CASE_INSENSITIVE_ORDER)
              .thenComparing(row -> row.organisation().key()));
      rows.addAll(pair);
    }
    return new Result(rows);
  }

  /** One year's relations, per organisation key. */
  private record Relations(Map<String, Set<String>> byOrganisation, Map<String, Organisation> organisations) {
    static Relations of(Survey survey) {
      Map<String, Set<String>> byOrganisation = new LinkedHashMap<>();
      Map<String, Organisation> organisations = new HashMap<>();
      for (Contact contact : survey.contacts()) {
        String organisation = contact.organisation().key();
        organisations.putIfAbsent(organisation, contact.organisation());
        String person = contact.person().map(p -> p.key()).orElse("");
        byOrganisation
            .computeIfAbsent(organisation, k -> new HashSet<>())
            .add(YearMatching.relationKey(contact.respondent().key(), person));
      }
      return new Relations(byOrganisation, organisations);
    }
  }
}
