package nl.netwerkscan.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The figures the example survey must show, taken from the study in domain.md: who answered,
 * how their 429 contacts spread over organisation types and function groups, and the
 * "bandwidth" of the organisations the study looked at one by one. Everything not fixed here
 * (the other ~75 organisations, who exactly names whom) is filled in by a seeded draw.
 */
final class ExamplePlan {

  /** Function groups in the study's column order; ANONYMOUS forms have no function. */
  enum Group {
    CASE_MANAGER(SurveyLayout.CASE_MANAGER, 11, 14),
    BENEFIT_CONSULTANT(SurveyLayout.BENEFIT_CONSULTANT, 4, 12),
    FINANCIAL_CONSULTANT(SurveyLayout.FINANCIAL_CONSULTANT, 4, 10),
    MANAGER(SurveyLayout.MANAGER, 4, 4),
    ANONYMOUS(null, 3, 0);

    final String function;
    final int respondents;
    final int asked;

    Group(String function, int respondents, int asked) {
      this.function = function;
      this.respondents = respondents;
      this.asked = asked;
    }
  }

  /**
   * Contacts per organisation type and group (columns in {@link Group} order). Chosen so the
   * per-respondent averages round to the study's table (Work 13/0/0/5, Finance 0/7/4/0, ...)
   * and the type totals give its spread: Work 177 of 429 (41 %), Care 85 + 1 unknown (20 %),
   * Finance 47 (11 %).
   */
  static final Map<String, int[]> CONTACTS_BY_TYPE = new LinkedHashMap<>();

  static {
    CONTACTS_BY_TYPE.put("CWI", new int[] {21, 4, 0, 8, 1});
    CONTACTS_BY_TYPE.put("Werk", new int[] {141, 0, 0, 20, 16});
    CONTACTS_BY_TYPE.put("Opleiding", new int[] {28, 0, 0, 0, 1});
    CONTACTS_BY_TYPE.put("Kinderopvang", new int[] {13, 4, 0, 4, 3});
    CONTACTS_BY_TYPE.put("Zorg", new int[] {44, 22, 3, 12, 4});
    CONTACTS_BY_TYPE.put("Geld", new int[] {0, 27, 14, 0, 6});
    CONTACTS_BY_TYPE.put("Huis", new int[] {0, 8, 3, 0, 1});
    CONTACTS_BY_TYPE.put("Voorwaardenscheppend", new int[] {0, 0, 0, 20, 0});
    CONTACTS_BY_TYPE.put(ExamplePlan.UNKNOWN_TYPE, new int[] {1, 0, 0, 0, 0});
  }

  /** Not in the classification: the coordinator has to add it (type Onbekend). */
  static final String UNKNOWN_ORGANISATION = "Buurtteam Oost";

  static final String UNKNOWN_TYPE = "Onbekend";

  /** Classified organisations nobody named this year, so not every line of the list is used. */
  static final Set<String> NOT_NAMED =
      Set.of("Reisinformatie", "Mercurius Marketing", "Waterbedrijf");

  /**
   * What one organisation gets: how many of our staff name it (0: not fixed, the allocator
   * decides), and how often each of its persons is named (most-named first); {@code unnamed}
   * mentions give no person.
   */
  record OrganisationSpec(String name, String type, int staff, int[] personMentions, int unnamed) {
    int rows() {
      return Arrays.stream(personMentions).sum() + unnamed;
    }
  }

  /**
   * The study's bandwidth table (staff · mentions · persons · most-named). Where it gives no
   * total, the mentions are a plausible few more than the staff. "(2)" in the study (two
   * persons named together) is read as the two most-named persons together: WeerWerk 12 + 11.
   */
  static final List<OrganisationSpec> BANDWIDTH =
      List.of(
          spec("CWI", "CWI", 20, 0, 13, 6, 5, 4, 3, 2, 1),
          spec("WeerWerk", "Werk", 15, 3, 12, 11, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
          spec("MJD", "Zorg", 15, 2, 7, 3, 2, 1, 1, 1),
          spec("GGz", "Zorg", 15, 0, 14, 1, 1, 1, 1),
          spec("WPG", "Werk", 14, 1, 8, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1),
          spec("Kliq", "Werk", 11, 3, 6, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1),
          spec("Kinderopvang", "Kinderopvang", 11, 2, 11, 4, 2),
          spec("PEP", "Zorg", 11, 2, 9, 2),
          spec("SBK", "Opleiding", 10, 0, 6, 4, 1),
          spec("Stiel", "Werk", 9, 1, 4, 2, 2, 1, 1, 1),
          spec("A. Caldergroep", "Werk", 9, 1, 4, 2, 2, 1, 1),
          spec("Museum Technische Werken", "Werk", 8, 0, 8),
          spec("GeldZorg", "Zorg", 6, 0, 6),
          spec("AVG", "Zorg", 5, 1, 2, 1, 1, 1),
          spec("Alfacollege", "Opleiding", 5, 0, 5),
          spec("Prové", "Werk", 2, 0, 1, 1, 1, 1),
          spec(UNKNOWN_ORGANISATION, UNKNOWN_TYPE, 1, 0, 1));

  private ExamplePlan() {}

  private static OrganisationSpec spec(
      String name, String type, int staff, int unnamed, int... personMentions) {
    return new OrganisationSpec(name, type, staff, personMentions, unnamed);
  }

  /**
   * The organisations of {@code type} outside the bandwidth table, sharing {@code rows}
   * contacts: each at least one, the rest skewed towards a few (shuffled, so which ones is the
   * seed's choice). About half of their mentions name a person, as in the study overall.
   */
  static List<OrganisationSpec> others(
      Random random, OrganisationCatalogue catalogue, String type, int rows) {
    Set<String> fixed = Set.copyOf(BANDWIDTH.stream().map(OrganisationSpec::name).toList());
    List<String> names = new ArrayList<>();
    for (OrganisationCatalogue.Entry entry : catalogue.ofType(type)) {
      if (!fixed.contains(entry.name()) && !NOT_NAMED.contains(entry.name())) {
        names.add(entry.name());
      }
    }
    Collections.shuffle(names, random);
    int[] counts = skewedSplit(rows, names.size());
    List<OrganisationSpec> specs = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      specs.add(smallOrganisation(random, names.get(i), type, counts[i]));
    }
    return specs;
  }

  /** Splits {@code rows} over {@code n} ranks: one each, the rest in proportion to 1/rank. */
  private static int[] skewedSplit(int rows, int n) {
    if (rows < n) {
      throw new IllegalStateException(rows + " contacts cannot reach " + n + " organisations");
    }
    int[] counts = new int[n];
    Arrays.fill(counts, 1);
    double[] weights = new double[n];
    double total = 0;
    for (int rank = 0; rank < n; rank++) {
      weights[rank] = 1 / Math.pow(rank + 1, 0.9);
      total += weights[rank];
    }
    int left = rows - n;
    int given = 0;
    for (int rank = 0; rank < n; rank++) {
      int share = (int) Math.floor(left * weights[rank] / total);
      counts[rank] += share;
      given += share;
    }
    for (int rank = 0; given < left; rank++, given++) {
      counts[rank % n]++;
    }
    return counts;
  }

  private static OrganisationSpec smallOrganisation(
      Random random, String name, String type, int rows) {
    int named = 0;
    for (int i = 0; i < rows; i++) {
      named += random.nextBoolean() ? 1 : 0;
    }
    // a person named by several colleagues now and then, mostly one mention each
    int persons = named <= 2 ? named : named - named / 3;
    int[] mentions = new int[persons];
    for (int i = 0; i < named; i++) {
      mentions[i % Math.max(1, persons)]++;
    }
    int unnamed = rows - named;
    return new OrganisationSpec(name, type, /* staff= */ 0, mentions, unnamed);
  }
}
