package nl.netwerkscan.template;

import static nl.netwerkscan.template.TemplateFiles.body;
import static nl.netwerkscan.template.TemplateFiles.dropDowns;
import static nl.netwerkscan.template.TemplateFiles.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.netwerkscan.importer.SurveyVocabulary.Language;
import nl.netwerkscan.template.TemplateFiles.DropDown;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyTemplateTest {
  // The contract's words (survey-format.md), spelled out here rather than taken from the code.
  private static final List<String> DUTCH_HEADERS =
      List.of("Respondent", "Functie", "Organisatie", "Contactpersoon", "Inpandig", "Intensiteit", "Belang",
          "Afhankelijkheid", "Samenwerking", "Deskundigheid", "Betrouwbaarheid", "Vertrouwen", "Team");
  private static final List<String> ENGLISH_HEADERS =
      List.of("Respondent", "Function", "Organisation", "Contact person", "In-house", "Intensity", "Importance",
          "Dependency", "Cooperation", "Expertise", "Reliability", "Trust", "Unit");
  private static final List<List<String>> DUTCH_SCALES =
      List.of(
          List.of("dagelijks", "wekelijks", "maandelijks", "per kwartaal", "minder vaak"),
          List.of("zeer belangrijk", "belangrijk", "een beetje belangrijk", "niet zo belangrijk", "onbelangrijk"),
          List.of("onmisbaar", "hard nodig", "nodig", "een beetje nodig", "niet nodig"),
          List.of("zeer makkelijk", "makkelijk", "neutraal", "moeizaam", "zeer moeizaam"),
          List.of("zeer deskundig", "deskundig", "redelijk deskundig", "weinig deskundig", "niet deskundig"),
          List.of("altijd", "meestal", "soms", "zelden", "nooit"),
          List.of("zeer sterke vertrouwensband", "sterke vertrouwensband", "enige vertrouwensband",
              "weinig vertrouwen", "geen vertrouwensband"));
  private static final List<String> ENGLISH_TRUST =
      List.of("very strong trust", "strong trust", "some trust", "little trust", "no trust");

  @TempDir Path dir;

  private Workbook write(Language language) throws Exception {
    Path file = dir.resolve("sjabloon.xlsx");
    SurveyTemplate.write(file, TemplateContent.empty(), language);
    return WorkbookFactory.create(file.toFile(), null, /* readOnly= */ true);
  }

  @Test
  void dutchSheetsAndHeadersAreTheContracts() throws Exception {
    try (Workbook book = write(Language.DUTCH)) {
      assertEquals(List.of("Contacten", "Uitleg", "Organisaties", "Medewerkers"), sheetNames(book));
      assertEquals(DUTCH_HEADERS, row(book.getSheet("Contacten"), 0));
      assertEquals(List.of("Organisatie", "Soort", "Aliassen"), row(book.getSheet("Organisaties"), 0));
      assertEquals(List.of("Respondent", "Functie", "Aangeschreven", "Team"), row(book.getSheet("Medewerkers"), 0));
      assertEquals(0, book.getSheet("Contacten").getLastRowNum(), "no rows below the header");
      assertEquals(0, book.getSheet("Medewerkers").getLastRowNum());
      assertEquals(0, book.getActiveSheetIndex());
    }
  }

  @Test
  void englishSheetsAndHeadersAreTheContracts() throws Exception {
    try (Workbook book = write(Language.ENGLISH)) {
      assertEquals(List.of("Contacts", "Instructions", "Organisations", "Staff"), sheetNames(book));
      assertEquals(ENGLISH_HEADERS, row(book.getSheet("Contacts"), 0));
      assertEquals(List.of("Organisation", "Type", "Aliases"), row(book.getSheet("Organisations"), 0));
      assertEquals(List.of("Respondent", "Function", "Asked", "Unit"), row(book.getSheet("Staff"), 0));
      Map<Integer, DropDown> lists = dropDowns(book.getSheet("Contacts"));
      assertEquals(List.of("Case manager", "Benefit consultant", "Financial consultant", "Manager"), lists.get(1).values());
      assertEquals(List.of("yes", "no"), lists.get(4).values());
      assertEquals(ENGLISH_TRUST, lists.get(11).values());
      assertEquals("Work", row(book.getSheet("Organisations"), 2).get(1), "Impuls is Work");
    }
  }

  @Test
  void contactColumnsHaveTheirDropDownListsFromRowTwoToAThousand() throws Exception {
    try (Workbook book = write(Language.DUTCH)) {
      Map<Integer, DropDown> lists = dropDowns(book.getSheet("Contacten"));

      assertEquals(List.of(1, 4, 5, 6, 7, 8, 9, 10, 11), lists.keySet().stream().sorted().toList(), "not on names");
      DropDown function = lists.get(1);
      assertEquals(List.of("Casemanager", "Bijstandsconsulent", "Financieel consulent", "Leidinggevende"), function.values());
      assertEquals(DataValidation.ErrorStyle.WARNING, function.errorStyle(), "another function group is allowed");
      assertEquals(List.of("ja", "nee"), lists.get(4).values());
      for (int i = 0; i < 7; i++) {
        DropDown scale = lists.get(5 + i);
        assertEquals(DUTCH_SCALES.get(i), scale.values(), DUTCH_HEADERS.get(5 + i));
        assertEquals(DataValidation.ErrorStyle.STOP, scale.errorStyle());
      }
      for (DropDown list : lists.values()) {
        assertEquals(1, list.firstRow(), "from row 2, below the header");
        assertEquals(999, list.lastRow(), "to row 1000");
      }
    }
  }

  @Test
  void staffAndOrganisationSheetsHaveTheirDropDownLists() throws Exception {
    try (Workbook book = write(Language.DUTCH)) {
      Map<Integer, DropDown> staff = dropDowns(book.getSheet("Medewerkers"));
      assertEquals(List.of("Casemanager", "Bijstandsconsulent", "Financieel consulent", "Leidinggevende"), staff.get(1).values());
      assertEquals(List.of("ja", "nee"), staff.get(2).values());
      Map<Integer, DropDown> organisations = dropDowns(book.getSheet("Organisaties"));
      assertEquals(
          List.of("CWI", "Werk", "Opleiding", "Kinderopvang", "Zorg", "Geld", "Huis", "Voorwaardenscheppend"),
          organisations.get(1).values());
      assertEquals(DataValidation.ErrorStyle.WARNING, organisations.get(1).errorStyle(), "a new type is allowed");
    }
  }

  @Test
  void headerRowIsFrozenOnEverySheet() throws Exception {
    try (Workbook book = write(Language.DUTCH)) {
      for (Sheet sheet : book) {
        PaneInformation pane = sheet.getPaneInformation();
        assertNotNull(pane, sheet.getSheetName());
        assertTrue(pane.isFreezePane(), sheet.getSheetName());
        assertEquals(1, pane.getHorizontalSplitPosition(), sheet.getSheetName());
        assertEquals(0, pane.getVerticalSplitPosition(), sheet.getSheetName());
      }
    }
  }

  @Test
  void columnsAreWideEnoughForTheirHeaderAndLongestAnswer() throws Exception {
    try (Workbook book = write(Language.DUTCH)) {
      Sheet contacts = book.getSheet("Contacten");
      for (int i = 0; i < DUTCH_HEADERS.size(); i++) {
        assertTrue(contacts.getColumnWidth(i) >= (DUTCH_HEADERS.get(i).length() + 2) * 256, DUTCH_HEADERS.get(i));
        assertTrue(contacts.getColumnWidth(i) <= 46 * 256, DUTCH_HEADERS.get(i));
      }
      assertTrue(contacts.getColumnWidth(11) >= "zeer sterke vertrouwensband".length() * 256);
    }
  }

  @Test
  void organisationsSheetHoldsTheBuiltInClassification() throws Exception {
    try (Workbook book = write(Language.DUTCH)) {
      List<List<String>> rows = body(book.getSheet("Organisaties"));
      assertEquals(List.of("CWI", "CWI", "Centrum voor Werk en Inkomen"), rows.get(0));
      assertTrue(rows.contains(List.of("WPG", "Werk", "Werkprojecten Groep|WPG-arbeidsoriëntatie en training|WPG jongeren")));
      assertTrue(rows.contains(List.of("Sozawe, zelfstandigen", "Werk")), "a comma in a name stays");
      assertEquals(builtInRows(), rows.size(), "one row per line of organisation-types.csv");
    }
  }

  @Test
  void instructionsExplainEveryColumnAndEveryAnswer() throws Exception {
    try (Workbook book = write(Language.DUTCH)) {
      Sheet instructions = book.getSheet("Uitleg");
      assertEquals(List.of("Blad", "Kolom", "Antwoord", "Cijfer", "Uitleg"), row(instructions, 0));
      List<List<String>> rows = body(instructions);
      for (String header : DUTCH_HEADERS) {
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Contacten") && r.get(1).equals(header) && r.get(2).isEmpty()
            && !r.get(4).isBlank()), header);
      }
      for (int i = 0; i < 7; i++) {
        for (int value = 5; value >= 1; value--) {
          String label = DUTCH_SCALES.get(i).get(5 - value);
          String number = Integer.toString(value);
          String header = DUTCH_HEADERS.get(5 + i);
          assertTrue(rows.stream().anyMatch(r -> r.get(1).equals(header) && r.get(2).equals(label) && r.get(3).equals(number)
              && !r.get(4).isBlank()), header + " " + label);
        }
      }
      assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Medewerkers") && r.get(1).equals("Aangeschreven")));
      assertTrue(rows.stream().allMatch(r -> r.size() == 5 && !r.get(4).isBlank()), "every row explains something");
    }
  }

  @Test
  void anExistingFileIsReplacedAndNoTemporaryFileIsLeft() throws Exception {
    Path file = dir.resolve("sjabloon.xlsx");
    Files.writeString(file, "not a workbook");

    SurveyTemplate.write(file, TemplateContent.empty(), Language.DUTCH);

    try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
      assertEquals("Contacten", book.getSheetName(0));
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void theTemplateGetsTheFoldersUsualPermissionsNotOwnerOnly() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("sjabloon.xlsx");
    SurveyTemplate.write(file, TemplateContent.empty(), Language.DUTCH);
    Path probe = Files.createFile(dir.resolve("probe"));
    assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file), "a form to hand out");
  }

  @Test
  void aMissingFolderIsMade() throws Exception {
    Path file = dir.resolve("2025/sjabloon.xlsx");
    SurveyTemplate.write(file, TemplateContent.empty(), Language.ENGLISH);
    assertTrue(Files.isRegularFile(file));
    assertFalse(Files.exists(dir.resolve("sjabloon.xlsx")));
  }

  private static long builtInRows() throws Exception {
    try (var in = SurveyTemplateTest.class.getResourceAsStream("/nl/netwerkscan/importer/organisation-types.csv")) {
      String csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return csv.lines().skip(1).filter(l -> !l.isBlank()).count();
    }
  }

  @Test
  void aFreshTemplateOffersNoUnitsAndARollUpsUnitsTooLongForAListGoToAHiddenSheet() throws Exception {
    try (Workbook book = write(Language.DUTCH)) {
      assertFalse(dropDowns(book.getSheet("Contacten")).containsKey(12), "no roster, no units to offer");
    }
    // 40 municipalities of 13 characters: 559 characters, over Excel's 255 for an explicit list
    List<TemplateContent.StaffLine> staff = java.util.stream.IntStream.rangeClosed(1, 40)
        .mapToObj(i -> new TemplateContent.StaffLine(
            "Medewerker " + i, nl.netwerkscan.model.FunctionGroup.UNKNOWN, true, String.format("Gemeente %04d", i)))
        .toList();
    Path file = dir.resolve("regio.xlsx");
    SurveyTemplate.write(file, new TemplateContent(List.of(), staff, List.of()), Language.DUTCH);
    try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
      assertEquals(List.of("Contacten", "Uitleg", "Organisaties", "Medewerkers", "Teams"), sheetNames(book));
      assertTrue(book.isSheetHidden(4));
      assertEquals(List.of("Gemeente 0001"), row(book.getSheet("Teams"), 0));
      assertEquals(List.of("Gemeente 0040"), row(book.getSheet("Teams"), 39));
      DropDown contacts = dropDowns(book.getSheet("Contacten")).get(12);
      assertEquals("'Teams'!$A$1:$A$40", contacts.formula());
      assertEquals(DataValidation.ErrorStyle.WARNING, contacts.errorStyle());
      assertEquals("'Teams'!$A$1:$A$40", dropDowns(book.getSheet("Medewerkers")).get(3).formula());
    }
  }

  private static List<String> sheetNames(Workbook book) {
    return java.util.stream.IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName).toList();
  }
}
