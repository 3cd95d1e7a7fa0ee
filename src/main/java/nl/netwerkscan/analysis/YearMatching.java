package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;

/**
 * How the surveys of different years are lined up, shared by {@code compare} and {@code trend}:
 * organisations, staff members and contact persons are the same across years when their
 * matching keys are (the rules that already join spellings within one survey), and types are the
 * same type. Spelling differences between years thus never split one partner in two.
 */
public final class YearMatching {
  /** Organisation types in the order of every sheet: built-in order, then custom names. */
  public static final Comparator<OrganisationType> TYPE_ORDER =
      Comparator.comparingInt(OrganisationType::order).thenComparing(OrganisationType::customName);

  private YearMatching() {}

  /** A year's fragility rows by organisation key, in the analysis's order. */
  public static Map<String, FragilityAnalysis.Row> organisations(FragilityAnalysis.Result result) {
    Map<String, FragilityAnalysis.Row> rows = new LinkedHashMap<>();
    result.rows().forEach(row -> rows.put(row.organisation().key(), row));
    return rows;
  }

  /** A year's respondents by key, in order of appearance. */
  public static Map<String, Respondent> respondents(Survey survey) {
    Map<String, Respondent> keys = new LinkedHashMap<>();
    survey.respondents().forEach(r -> keys.put(r.key(), r));
    return keys;
  }

  /** A year's distance rows by type, without the All row. */
  public static Map<OrganisationType, DistanceAnalysis.Row> types(DistanceAnalysis.Result result) {
    Map<OrganisationType, DistanceAnalysis.Row> rows = new LinkedHashMap<>();
    result.types().forEach(row -> rows.put(row.type().orElseThrow(), row));
    return rows;
  }

  /** Every key of the years, newest year's keys first: the current partners lead every list. */
  public static <K> List<K> newestFirst(List<? extends Map<K, ?>> years) {
    Set<K> keys = new LinkedHashSet<>();
    for (int i = years.size() - 1; i >= 0; i--) {
      keys.addAll(years.get(i).keySet());
    }
    return new ArrayList<>(keys);
  }

  /** The types of any year, in {@link #TYPE_ORDER}. */
  public static List<OrganisationType> typesInOrder(Collection<? extends Map<OrganisationType, ?>> years) {
    Set<OrganisationType> types = new LinkedHashSet<>();
    years.forEach(year -> types.addAll(year.keySet()));
    List<OrganisationType> sorted = new ArrayList<>(types);
    sorted.sort(TYPE_ORDER);
    return sorted;
  }

  /**
   * The key of one staff–person relation at an organisation: staff key, then the contact
   * person's key, empty for mentions without a name (the organisation's one unnamed node).
   */
  public static String relationKey(String staffKey, String personKey) {
    return staffKey + '\u0000' + personKey;
  }
}
