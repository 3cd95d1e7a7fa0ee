package nl.netwerkscan.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The partner organisations of a synthetic survey: the built-in ones, plus invented ones when
 * the survey is large (a big city has more partners than the study's 90), each with a pool of
 * contact persons. Popularity is skewed twice, over organisations within a type and over the
 * persons within an organisation, and some organisations get a single person on purpose: the
 * fragile relations the coordinators look for.
 */
final class SyntheticOrganisations {

  /** The built-in types, with the rough share of all contacts each gets (the study's spread). */
  static final Map<String, Double> TYPE_SHARES = new LinkedHashMap<>();

  static {
    TYPE_SHARES.put("CWI", 0.06);
    TYPE_SHARES.put("Werk", 0.38);
    TYPE_SHARES.put("Opleiding", 0.06);
    TYPE_SHARES.put("Kinderopvang", 0.05);
    TYPE_SHARES.put("Zorg", 0.20);
    TYPE_SHARES.put("Geld", 0.15);
    TYPE_SHARES.put("Huis", 0.04);
    TYPE_SHARES.put("Voorwaardenscheppend", 0.06);
  }

  /** Invented organisations: one extra per this many rows ("Werkbedrijf Noord 17"). */
  private static final long ROWS_PER_EXTRA = 200;

  /** Words for invented organisations per type, each with the abbreviation forms use. */
  private static final Map<String, Map<String, String>> EXTRA_WORDS =
      Map.of(
          "Werk",
          Map.of("Werkbedrijf", "WB", "Leerwerkplaats", "LWP", "Re-integratiebureau", "RIB"),
          "Opleiding", Map.of("ROC", "ROC", "Taalschool", "TS"),
          "Kinderopvang", Map.of("Kindercentrum", "KC"),
          "Zorg", Map.of("Zorggroep", "ZG", "Schuldhulp", "SH", "Wijkteam", "WT"),
          "Geld", Map.of("Incassobureau", "IB", "Bewindvoerderskantoor", "BVK"),
          "Huis", Map.of("Woonstichting", "WS"),
          "Voorwaardenscheppend", Map.of("Platform", "PF", "Stuurgroep", "SG"));

  private static final List<String> REGIONS =
      List.of(
          "Noord", "Zuid", "Oost", "West", "Centrum", "Ommeland", "Haren", "Hoogezand",
          "Veendam", "Delfzijl", "Winschoten", "Leek", "Zuidhorn", "Stadskanaal");

  /** The largest pool of contact persons one organisation gets. */
  private static final int MAX_PERSONS = 250;

  /** Share of organisations that the whole team reaches through one person. */
  private static final double SINGLE_PERSON_SHARE = 0.12;

  /**
   * One partner organisation.
   *
   * @param persons size of its pool of contact persons
   * @param inHouseShare chance that one of its persons works in our building
   */
  record Org(
      String name,
      String type,
      List<String> aliases,
      boolean invented,
      int persons,
      double inHouseShare) {}

  private final List<Org> orgs = new ArrayList<>();
  private final Map<String, List<Integer>> byType = new LinkedHashMap<>();
  private final Map<String, Zipf> typePopularity = new LinkedHashMap<>();
  private final Zipf personPopularity = new Zipf(MAX_PERSONS, 1.1);
  private final long nameSalt;

  private SyntheticOrganisations(long nameSalt) {
    this.nameSalt = nameSalt;
  }

  static SyntheticOrganisations create(Random random, OrganisationCatalogue catalogue, long rows) {
    SyntheticOrganisations result = new SyntheticOrganisations(DutchNames.mix(random.nextLong()));
    Map<String, List<Candidate>> entries = new LinkedHashMap<>();
    for (String type : TYPE_SHARES.keySet()) {
      List<Candidate> candidates = new ArrayList<>();
      for (OrganisationCatalogue.Entry entry : catalogue.ofType(type)) {
        candidates.add(new Candidate(entry, /* invented= */ false));
      }
      entries.put(type, candidates);
    }
    result.addInvented(random, entries, rows / ROWS_PER_EXTRA);
    for (Map.Entry<String, List<Candidate>> type : entries.entrySet()) {
      result.addType(random, type.getKey(), type.getValue(), rows);
    }
    return result;
  }

  /** A catalogue line or an invented organisation, before it gets its popularity. */
  private record Candidate(OrganisationCatalogue.Entry entry, boolean invented) {}

  private void addInvented(Random random, Map<String, List<Candidate>> entries, long count) {
    List<String> types = TYPE_SHARES.keySet().stream().filter(EXTRA_WORDS::containsKey).toList();
    double[] shares = types.stream().mapToDouble(TYPE_SHARES::get).toArray();
    Map<String, Integer> numbers = new HashMap<>();
    for (long i = 0; i < count; i++) {
      String type = types.get(Weights.draw(random, shares));
      int number = numbers.merge(type, 1, Integer::sum);
      // sorted: Map.of iterates in no fixed order, and the seed alone must decide the survey
      List<String> words = EXTRA_WORDS.get(type).keySet().stream().sorted().toList();
      String word = words.get(random.nextInt(words.size()));
      String region = REGIONS.get(random.nextInt(REGIONS.size()));
      String suffix = " " + region + " " + number;
      // some carry the abbreviation staff write on forms, so the aliases column is exercised
      List<String> aliases =
          random.nextInt(5) == 0 ? List.of(EXTRA_WORDS.get(type).get(word) + suffix) : List.of();
      OrganisationCatalogue.Entry entry =
          new OrganisationCatalogue.Entry(word + suffix, type, aliases);
      entries.get(type).add(new Candidate(entry, /* invented= */ true));
    }
  }

  private void addType(Random random, String type, List<Candidate> entries, long rows) {
    // shuffled first, so popularity does not follow the order of the classification file
    Collections.shuffle(entries, random);
    Zipf popularity = new Zipf(entries.size(), 1.0);
    List<Integer> indexes = new ArrayList<>();
    for (int rank = 0; rank < entries.size(); rank++) {
      OrganisationCatalogue.Entry entry = entries.get(rank).entry();
      double expectedRows = rows * TYPE_SHARES.get(type) * popularity.share(rank);
      indexes.add(orgs.size());
      orgs.add(
          new Org(
              entry.name(),
              type,
              entry.aliases(),
              entries.get(rank).invented(),
              poolSize(random, expectedRows),
              inHouseShare(random, type)));
    }
    byType.put(type, indexes);
    typePopularity.put(type, popularity);
  }

  private static int poolSize(Random random, double expectedRows) {
    if (random.nextDouble() < SINGLE_PERSON_SHARE) {
      return 1;
    }
    // more mentions, more people known there, but far fewer people than mentions
    long size = Math.round(Math.sqrt(expectedRows) * (0.5 + random.nextDouble()));
    return (int) Math.max(1, Math.min(MAX_PERSONS, size));
  }

  private static double inHouseShare(Random random, String type) {
    if (type.equals("CWI")) {
      return 0.7; // the job centre shared the building in the study
    }
    return random.nextDouble() < 0.15 ? 0.4 : 0.03;
  }

  /** An organisation of {@code type}, popular ones more often. */
  int draw(Random random, String type) {
    return byType.get(type).get(typePopularity.get(type).draw(random));
  }

  Org get(int index) {
    return orgs.get(index);
  }

  /** A person at organisation {@code org}, by index into its pool; popular persons more often. */
  int drawPerson(Random random, int org) {
    return personPopularity.draw(random, orgs.get(org).persons());
  }

  String personName(int org, int person) {
    return DutchNames.contactName(nameSalt ^ ((long) org << 24) ^ person);
  }

  /** Whether that person works in our building: fixed per person, like the real fact. */
  boolean inHouse(int org, int person) {
    long h = DutchNames.mix(nameSalt + 31L * org + person);
    return (h >>> 11) * 0x1.0p-53 < orgs.get(org).inHouseShare();
  }

  /** The invented organisations, which the survey must classify in its Organisaties sheet. */
  List<Org> invented() {
    return orgs.stream().filter(Org::invented).toList();
  }
}
