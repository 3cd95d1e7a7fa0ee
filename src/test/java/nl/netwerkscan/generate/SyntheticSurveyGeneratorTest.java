package nl.netwerkscan.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticSurveyGeneratorTest {

  private static final List<String> CONTRACT_HEADER =
      List.of(
          "Respondent", "Functie", "Organisatie", "Contactpersoon", "Inpandig", "Intensiteit",
          "Belang", "Afhankelijkheid", "Samenwerking", "Deskundigheid", "Betrouwbaarheid",
          "Vertrouwen");

  /** One larger survey shared by the tests that look at its statistics. */
  private static Map<String, List<List<Object>>> large;

  private final SyntheticSurveyGenerator generator = new SyntheticSurveyGenerator();

  @BeforeAll
  static void writeLargeSurvey(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("large.xlsx");
    new SyntheticSurveyGenerator().write(file, 10_000, 2024);
    large = SheetContents.read(file);
  }

  @Test
  void sameSeedGivesSameCellsInEverySheet(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first.xlsx");
    Path second = dir.resolve("second.xlsx");
    generator.write(first, 1_000, 7);
    generator.write(second, 1_000, 7);

    assertEquals(SheetContents.read(first), SheetContents.read(second));
  }

  @Test
  void differentSeedGivesDifferentContacts(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("seven.xlsx");
    Path second = dir.resolve("eight.xlsx");
    generator.write(first, 1_000, 7);
    generator.write(second, 1_000, 8);

    List<List<Object>> seven = SheetContents.read(first, "Contacten");
    List<List<Object>> eight = SheetContents.read(second, "Contacten");
    assertEquals(seven.get(0), eight.get(0));
    assertNotEquals(seven.subList(1, seven.size()), eight.subList(1, eight.size()));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 3, 1_000, 1_017})
  void writesExactlyTheRequestedNumberOfDataRows(int rows, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("survey.xlsx");
    generator.write(file, rows, 11);

    List<List<Object>> contacts = SheetContents.read(file, "Contacten");
    assertEquals(rows + 1, contacts.size());
    assertTrue(contacts.stream().allMatch(row -> !row.isEmpty()), "no gaps between rows");
  }

  @Test
  void refusesMoreRowsThanOneSheetHolds(@TempDir Path dir) {
    Path file = dir.resolve("too-big.xlsx");
    assertThrows(IllegalArgumentException.class, () -> generator.write(file, 1_048_576, 1));
    assertThrows(IllegalArgumentException.class, () -> generator.write(file, -1, 1));
  }

  @Test
  void headerRowsAreExactlyTheContracts(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("survey.xlsx");
    generator.write(file, 50, 3);

    Map<String, List<List<Object>>> sheets = SheetContents.read(file);
    assertEquals(List.of("Contacten", "Organisaties", "Medewerkers"), List.copyOf(sheets.keySet()));
    assertEquals(CONTRACT_HEADER, sheets.get("Contacten").get(0));
    assertEquals(List.of("Organisatie", "Soort", "Aliassen"), sheets.get("Organisaties").get(0));
    assertEquals(
        List.of("Respondent", "Functie", "Aangeschreven"), sheets.get("Medewerkers").get(0));
  }

  @Test
  void removesItsTemporaryFiles(@TempDir Path dir) throws IOException {
    Path poiTemp = Files.createDirectory(dir.resolve("poi-temp"));
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
    try {
      generator.write(dir.resolve("survey.xlsx"), 500, 5);
    } finally {
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }
    try (Stream<Path> left = Files.walk(poiTemp)) {
      assertEquals(List.of(), left.filter(Files::isRegularFile).toList());
    }
  }

  @Test
  void aboutOneRespondentPerSixteenRowsAllOnTheRosterExceptAnonymousForms() {
    Set<String> respondents =
        contactRows().stream().map(row -> SheetContents.text(row, 0)).collect(Collectors.toSet());
    Map<String, String> roster = new HashMap<>();
    for (List<Object> row : large.get("Medewerkers").subList(1, large.get("Medewerkers").size())) {
      roster.put(SheetContents.text(row, 0), SheetContents.text(row, 2));
    }

    assertEquals(625, respondents.size());
    Set<String> anonymous =
        respondents.stream().filter(r -> r.startsWith("anoniem-")).collect(Collectors.toSet());
    assertEquals(Set.of("anoniem-1", "anoniem-2", "anoniem-3", "anoniem-4", "anoniem-5",
        "anoniem-6", "anoniem-7", "anoniem-8", "anoniem-9", "anoniem-10", "anoniem-11",
        "anoniem-12", "anoniem-13", "anoniem-14", "anoniem-15"), anonymous);
    Set<String> named = new HashSet<>(respondents);
    named.removeAll(anonymous);
    assertTrue(roster.keySet().containsAll(named));
    // 610 who answered plus 31 asked who did not
    assertEquals(641, roster.size());
    assertEquals(Set.of("ja"), Set.copyOf(roster.values()));
  }

  @Test
  void everyOrganisationIsClassifiedByTheBuiltInListOrTheOrganisatiesSheet() {
    Set<String> known = new HashSet<>();
    for (OrganisationCatalogue.Entry entry : OrganisationCatalogue.builtIn().entries()) {
      known.add(SheetContents.normalise(entry.name()));
      entry.aliases().forEach(alias -> known.add(SheetContents.normalise(alias)));
    }
    List<List<Object>> extra = large.get("Organisaties");
    // 10,000 rows: one invented organisation per 200 rows
    assertEquals(50 + 1, extra.size());
    for (List<Object> row : extra.subList(1, extra.size())) {
      assertTrue(Set.of("Werk", "Opleiding", "Kinderopvang", "Zorg", "Geld", "Huis",
          "Voorwaardenscheppend").contains(SheetContents.text(row, 1)), row.toString());
      known.add(SheetContents.normalise(SheetContents.text(row, 0)));
    }

    List<String> unknown =
        contactRows().stream()
            .map(row -> SheetContents.text(row, 2))
            .filter(name -> !name.isEmpty() && !known.contains(SheetContents.normalise(name)))
            .toList();
    assertEquals(List.of(), unknown);
  }

  @Test
  void inHousePartnersAreRatedCloser() {
    double inHouse = meanIntensity("ja");
    double elsewhere = meanIntensity("nee");
    assertTrue(inHouse > elsewhere + 0.5, inHouse + " vs " + elsewhere);
  }

  @Test
  void someOrganisationsHangOnOnePerson() {
    Map<String, Set<String>> persons = new HashMap<>();
    Map<String, Integer> namedRows = new HashMap<>();
    for (List<Object> row : contactRows()) {
      String person = SheetContents.text(row, 3);
      if (!person.isEmpty() && !SheetContents.text(row, 2).isEmpty()) {
        String org = SheetContents.normalise(SheetContents.text(row, 2));
        persons.computeIfAbsent(org, k -> new HashSet<>()).add(SheetContents.normalise(person));
        namedRows.merge(org, 1, Integer::sum);
      }
    }
    long singlePoints =
        persons.keySet().stream()
            .filter(org -> persons.get(org).size() == 1 && namedRows.get(org) >= 5)
            .count();
    assertTrue(singlePoints >= 2, "single points of contact: " + singlePoints);
  }

  @Test
  void aboutOneRowInTwoHundredCarriesAMistake() {
    List<List<Object>> rows = contactRows();
    long withoutOrganisation =
        rows.stream().filter(row -> SheetContents.text(row, 2).isEmpty()).count();
    long offScale =
        rows.stream().filter(SyntheticSurveyGeneratorTest::hasAnswerOffTheScale).count();
    long duplicates = rows.size() - rows.stream().distinct().count();

    // 10,000 rows x 0.5 % = 50 mistakes, a quarter of each kind (the seed fixes the counts)
    assertTrue(withoutOrganisation >= 5 && withoutOrganisation <= 25, "" + withoutOrganisation);
    assertTrue(offScale >= 5 && offScale <= 25, "" + offScale);
    assertTrue(duplicates >= 5 && duplicates <= 25, "" + duplicates);
  }

  private static boolean hasAnswerOffTheScale(List<Object> row) {
    for (int column = 5; column < 12; column++) {
      Object value = SheetContents.cell(row, column);
      if (value instanceof Double number && (number < 1 || number > 5 || number % 1 != 0)) {
        return true;
      }
      if (value instanceof String text && Set.of("7", "vaak", "nvt").contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static double meanIntensity(String inHouse) {
    return contactRows().stream()
        .filter(row -> SheetContents.text(row, 4).equals(inHouse))
        .map(row -> SheetContents.cell(row, 5))
        .filter(value -> value instanceof Double)
        .mapToDouble(value -> (Double) value)
        .filter(value -> value >= 1 && value <= 5)
        .average()
        .orElseThrow();
  }

  private static List<List<Object>> contactRows() {
    List<List<Object>> contacts = large.get("Contacten");
    return contacts.subList(1, contacts.size());
  }
}
