package nl.netwerkscan.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExampleSurveyGeneratorTest {

  /** Row index (0-based) of the Contacten header: a title, an empty row, then the header. */
  private static final int HEADER = 2;

  private static Path file;
  private static List<List<Object>> contacts;
  private static List<List<Object>> roster;
  private static Map<String, OrganisationCatalogue.Entry> classification;

  @BeforeAll
  static void writeExample(@TempDir Path dir) throws IOException {
    file = dir.resolve("voorbeeld-2024.xlsx");
    new ExampleSurveyGenerator().write(file);
    Map<String, List<List<Object>>> sheets = SheetContents.read(file);
    assertEquals(List.of("Contacten", "Medewerkers"), List.copyOf(sheets.keySet()));
    contacts = sheets.get("Contacten");
    roster = sheets.get("Medewerkers").subList(1, sheets.get("Medewerkers").size());
    classification = new HashMap<>();
    for (OrganisationCatalogue.Entry entry : OrganisationCatalogue.builtIn().entries()) {
      classification.put(SheetContents.normalise(entry.name()), entry);
      entry.aliases().forEach(alias -> classification.put(SheetContents.normalise(alias), entry));
    }
  }

  @Test
  void titleAndEmptyRowComeBeforeTheHeaderOnRowThree() {
    assertEquals(List.of("Contactenquête 2024 — Sociale Dienst"), contacts.get(0));
    assertEquals(List.of(), contacts.get(1));
    assertEquals(
        List.of("Respondent", "Functie", "Organisatie", "Contactpersoon", "Inpandig",
            "Intensiteit", "Belang", "Afhankelijkheid", "Samenwerking", "Deskundigheid",
            "Betrouwbaarheid", "Vertrouwen"),
        contacts.get(HEADER));
  }

  @Test
  void has431DataRowsOf429ContactsPlusARejectedRowAndADuplicate() {
    assertEquals(431, dataRows().size());
    assertEquals(429, usableContacts().size());
  }

  @Test
  void twentySixRespondentsByFunctionGroupWithTheRosterFillingAnEmptyFunction() {
    Map<String, String> rosterFunction = new HashMap<>();
    for (List<Object> row : roster) {
      rosterFunction.put(SheetContents.text(row, 0), SheetContents.text(row, 1));
    }
    Map<String, String> functionOf = new TreeMap<>();
    for (List<Object> row : dataRows()) {
      String respondent = SheetContents.text(row, 0);
      String function = SheetContents.text(row, 1);
      functionOf.merge(respondent, function, (first, next) -> first.isEmpty() ? next : first);
    }
    functionOf.replaceAll(
        (respondent, function) ->
            function.isEmpty() ? rosterFunction.getOrDefault(respondent, "Onbekend") : function);

    assertEquals(26, functionOf.size());
    assertEquals(
        Map.of("Casemanager", 11L, "Bijstandsconsulent", 4L, "Financieel consulent", 4L,
            "Leidinggevende", 4L, "Onbekend", 3L),
        functionOf.values().stream().collect(Collectors.groupingBy(f -> f, Collectors.counting())));
    assertEquals(
        Set.of("anoniem-1", "anoniem-2", "anoniem-3"),
        functionOf.entrySet().stream()
            .filter(e -> e.getValue().equals("Onbekend"))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet()));
    // one benefit consultant left the function empty on the form: only the roster knows it
    assertEquals(1, dataRows().stream()
        .filter(row -> SheetContents.text(row, 1).isEmpty())
        .map(row -> SheetContents.text(row, 0))
        .filter(respondent -> !respondent.startsWith("anoniem-"))
        .distinct()
        .count());
  }

  @Test
  void rosterHasFortyAskedOfFortyOneStaff() {
    assertEquals(41, roster.size());
    Map<String, Long> asked =
        roster.stream()
            .filter(row -> SheetContents.text(row, 2).equals("ja"))
            .collect(
                Collectors.groupingBy(row -> SheetContents.text(row, 1), Collectors.counting()));
    assertEquals(
        Map.of("Casemanager", 14L, "Bijstandsconsulent", 12L, "Financieel consulent", 10L,
            "Leidinggevende", 4L),
        asked);
    assertEquals(
        List.of("Leidinggevende"),
        roster.stream()
            .filter(row -> SheetContents.text(row, 2).equals("nee"))
            .map(row -> SheetContents.text(row, 1))
            .toList());
  }

  @Test
  void museumTechnischeWerkenHangsOnOnePersonNamedByEightColleagues() {
    List<List<Object>> rows =
        dataRows().stream()
            .filter(row -> SheetContents.text(row, 2).equals("Museum Technische Werken"))
            .toList();
    assertEquals(8, rows.stream().map(row -> SheetContents.text(row, 0)).distinct().count());
    assertEquals(1, rows.stream().map(row -> SheetContents.text(row, 3)).distinct().count());
  }

  /** The study's bandwidth table: staff · mentions · persons · mentions of the most-named. */
  @ParameterizedTest(name = "{0}: {1} staff, {2} mentions, {3} persons, top {4}")
  @CsvSource({
    "CWI, 20, 34, 7, 13",
    "WeerWerk, 15, 44, 16, 12",
    "MJD, 15, 17, 6, 7",
    "GGz, 15, 18, 5, 14",
    "WPG, 14, 22, 11, 8",
    "Kliq, 11, 24, 12, 6",
    "Kinderopvang, 11, 19, 3, 11",
    "PEP, 11, 13, 2, 9",
    "SBK, 10, 11, 3, 6",
    "Stiel, 9, 12, 6, 4",
    "A. Caldergroep, 9, 11, 5, 4",
    "Museum Technische Werken, 8, 8, 1, 8",
    "GeldZorg, 6, 6, 1, 6",
    "AVG, 5, 6, 4, 2",
    "Alfacollege, 5, 5, 1, 5",
    "Prové, 2, 4, 4, 1",
  })
  void bandwidthOfOrganisationsFollowsTheStudy(
      String organisation, int staff, int mentions, int persons, int mostNamed) {
    List<List<Object>> rows =
        usableContacts().stream().filter(row -> canonical(row).equals(organisation)).toList();
    Map<String, Long> perPerson =
        rows.stream()
            .map(row -> SheetContents.text(row, 3))
            .filter(person -> !person.isEmpty())
            .collect(Collectors.groupingBy(SheetContents::normalise, Collectors.counting()));

    assertEquals(staff, rows.stream().map(row -> SheetContents.text(row, 0)).distinct().count());
    assertEquals(mentions, rows.size());
    assertEquals(persons, perPerson.size());
    assertEquals(mostNamed, perPerson.values().stream().max(Comparator.naturalOrder()).orElse(0L));
  }

  @Test
  void weerWerksTwoMostNamedPersonsTogetherHaveTwentyThreeMentions() {
    List<Long> counts =
        usableContacts().stream()
            .filter(row -> canonical(row).equals("WeerWerk"))
            .map(row -> SheetContents.text(row, 3))
            .filter(person -> !person.isEmpty())
            .collect(Collectors.groupingBy(SheetContents::normalise, Collectors.counting()))
            .values().stream().sorted(Comparator.reverseOrder()).toList();
    assertEquals(23, counts.get(0) + counts.get(1));
  }

  @Test
  void contactsSpreadOverTypesAsInTheStudy() {
    Map<String, Long> perType =
        usableContacts().stream()
            .collect(
                Collectors.groupingBy(ExampleSurveyGeneratorTest::type, Collectors.counting()));
    assertEquals(
        Map.of("CWI", 34L, "Werk", 177L, "Opleiding", 29L, "Kinderopvang", 24L, "Zorg", 85L,
            "Geld", 47L, "Huis", 12L, "Voorwaardenscheppend", 20L, "Onbekend", 1L),
        perType);
  }

  @Test
  void ninetyOrganisationsFromTheClassificationAndOneUnknown() {
    Set<String> organisations =
        usableContacts().stream()
            .map(ExampleSurveyGeneratorTest::canonical)
            .collect(Collectors.toSet());
    assertEquals(91, organisations.size());
    assertEquals(
        List.of("Buurtteam Oost"),
        organisations.stream()
            .filter(name -> !classification.containsKey(SheetContents.normalise(name)))
            .toList());
  }

  @Test
  void theMistakesAreEachThereOnce() {
    List<List<Object>> rows = dataRows();
    assertEquals(1, rows.stream().filter(row -> SheetContents.text(row, 2).isEmpty()).count());
    assertEquals(430, rows.stream().distinct().count());
    assertEquals(1, rows.stream().filter(row -> "vaak".equals(SheetContents.cell(row, 5))).count());
    assertEquals(
        1, rows.stream().filter(row -> Objects.equals(7.0, SheetContents.cell(row, 6))).count());
    assertEquals(
        1, rows.stream().filter(row -> SheetContents.text(row, 2).equals("Alfa college")).count());
    assertEquals(
        1,
        rows.stream().filter(row -> SheetContents.text(row, 2).equals("Buurtteam Oost")).count());
  }

  @Test
  void inHousePartnersAreRatedCloser() {
    double inHouse = meanAnswer(row -> SheetContents.text(row, 4).equals("ja"));
    double elsewhere = meanAnswer(row -> SheetContents.text(row, 4).equals("nee"));
    assertTrue(inHouse > elsewhere + 0.5, inHouse + " vs " + elsewhere);
  }

  @Test
  void cwiIsClosestAndEducationFarthest() {
    Map<String, Double> meanByType = new TreeMap<>();
    for (String type : List.of("CWI", "Werk", "Opleiding", "Kinderopvang", "Zorg", "Geld",
        "Huis", "Voorwaardenscheppend")) {
      meanByType.put(type, meanAnswer(row -> type(row).equals(type)));
    }
    Function<Map.Entry<String, Double>, Double> mean = Map.Entry::getValue;
    assertEquals("CWI", meanByType.entrySet().stream().max(Comparator.comparing(mean))
        .orElseThrow().getKey());
    assertEquals("Opleiding", meanByType.entrySet().stream().min(Comparator.comparing(mean))
        .orElseThrow().getKey());
  }

  @Test
  void regeneratingGivesTheSameBytes(@TempDir Path dir) throws IOException {
    Path again = dir.resolve("again.xlsx");
    new ExampleSurveyGenerator().write(again);
    assertEquals(-1L, Files.mismatch(file, again));
  }

  @Test
  void committedExampleIsUpToDate() throws IOException {
    Path committed = ExampleSurveyGenerator.DEFAULT_OUTPUT;
    assertTrue(Files.exists(committed), "run ExampleSurveyGenerator to create " + committed);
    assertEquals(-1L, Files.mismatch(file, committed),
        "the generator changed: rerun ExampleSurveyGenerator and commit " + committed);
  }

  private static double meanAnswer(java.util.function.Predicate<List<Object>> which) {
    return usableContacts().stream()
        .filter(which)
        .flatMap(row -> row.subList(5, Math.min(12, row.size())).stream())
        .filter(value -> value instanceof Double number && number >= 1 && number <= 5)
        .mapToDouble(value -> (Double) value)
        .average()
        .orElseThrow();
  }

  private static List<List<Object>> dataRows() {
    return contacts.subList(HEADER + 1, contacts.size());
  }

  /** As the importer will use them: rows with an organisation, each duplicate once. */
  private static List<List<Object>> usableContacts() {
    return dataRows().stream()
        .filter(row -> !SheetContents.text(row, 2).isEmpty())
        .distinct()
        .toList();
  }

  private static String canonical(List<Object> row) {
    String name = SheetContents.text(row, 2);
    OrganisationCatalogue.Entry entry = classification.get(SheetContents.normalise(name));
    return entry == null ? name : entry.name();
  }

  private static String type(List<Object> row) {
    OrganisationCatalogue.Entry entry = classification.get(SheetContents.normalise(canonical(row)));
    return entry == null ? "Onbekend" : entry.type();
  }
}
