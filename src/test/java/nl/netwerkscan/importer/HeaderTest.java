package nl.netwerkscan.importer;

import static nl.netwerkscan.importer.Imports.assertAt;
import static nl.netwerkscan.importer.Imports.contactAt;
import static nl.netwerkscan.importer.Imports.failure;
import static nl.netwerkscan.importer.Imports.only;
import static nl.netwerkscan.importer.Imports.problems;
import static nl.netwerkscan.importer.Imports.read;
import static nl.netwerkscan.importer.SurveyFiles.HEADER;
import static nl.netwerkscan.importer.SurveyFiles.INTENSITY;
import static nl.netwerkscan.importer.SurveyFiles.contacts;
import static nl.netwerkscan.importer.SurveyFiles.data;
import static nl.netwerkscan.importer.SurveyFiles.row;
import static nl.netwerkscan.importer.SurveyFiles.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkscan.importer.SurveyFiles.Format;
import nl.netwerkscan.importer.SurveyFiles.SurveyFile;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.Survey;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** survey-format.md, sheet "Contacten": finding the sheet, the header row and the columns. */
class HeaderTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Format.class)
  void headerBelowTitleRowsIsFoundAndRowsKeepTheirExcelNumbers(Format format) {
    SurveyFile file =
        contacts(dir, format, "titels",
            row("Netwerkscan Sozawe 2024"), row(), HEADER, answerRow("Jan", "GGz", INTENSITY, "vaak"));

    Survey survey = read(file);

    assertEquals(4, contactAt(survey, 4).row());
    Problem invalid = only(survey, ProblemKind.INVALID_ANSWER);
    assertAt(invalid, file.sheet(), 4, INTENSITY);
    assertEquals("vaak", invalid.value());
    assertEquals(1, survey.problems().size(), () -> survey.problems().toString());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void headerOnRow20IsStillFound(Format format) {
    List<Object[]> rows = titleRows(19);
    rows.add(HEADER);
    rows.add(answerRow("Jan", "GGz", INTENSITY, "vaak"));
    SurveyFile file = contacts(dir, format, "rij20", rows.toArray(Object[][]::new));

    assertAt(only(read(file), ProblemKind.INVALID_ANSWER), file.sheet(), 21, INTENSITY);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void headerOnRow21IsMissingAndNamesBothRequiredColumns(Format format) {
    List<Object[]> rows = titleRows(20);
    rows.add(HEADER);
    rows.add(data("Jan", null, "GGz"));
    SurveyFile file = contacts(dir, format, "rij21", rows.toArray(Object[][]::new));

    SurveyException e = failure(file.path());

    assertEquals("error.header.missing", e.key());
    assertNamed(e, "Respondent");
    assertNamed(e, "Organisatie");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void missingOrganisationColumnIsNamed(Format format) {
    SurveyFile file =
        contacts(dir, format, "zonderorg", row("Respondent", "Functie", "Contactpersoon"), row("Jan", "Casemanager", "Piet"));

    SurveyException e = failure(file.path());

    assertEquals("error.header.missing", e.key());
    assertNamed(e, "Organisatie");
    assertFalse(e.arguments().stream().anyMatch(a -> a.contains("Respondent")), e.arguments()::toString);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void missingRespondentColumnIsNamed(Format format) {
    SurveyFile file = contacts(dir, format, "zonderresp", row("Naam", "Organisatie"), row("Jan", "GGz"));

    SurveyException e = failure(file.path());

    assertEquals("error.header.missing", e.key());
    assertNamed(e, "Respondent");
    assertFalse(e.arguments().stream().anyMatch(a -> a.contains("Organisatie")), e.arguments()::toString);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void englishHeadersInAnyOrder(Format format) {
    SurveyFile file =
        contacts(dir, format, "engels",
            row("Trust", "Organisation", "Reliability", "Respondent", "Expertise", "Function", "Cooperation",
                "Contact person", "Dependency", "In-house", "Importance", "Intensity"),
            row(5, "GGz", 4, "Jan", 3, "Manager", 2, "Piet", 1, "yes", 4, 3));

    Contact contact = contactAt(read(file), 2);

    assertEquals("Jan", contact.respondent().name());
    assertEquals(FunctionGroup.of(FunctionGroup.BuiltIn.MANAGER), contact.respondent().function());
    assertEquals("GGz", contact.organisation().name());
    assertEquals("Piet", contact.person().orElseThrow().name());
    assertEquals(InHouse.YES, contact.inHouse());
    assertAnswers(contact, 3, 4, 1, 2, 3, 4, 5);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void headersIgnoreCaseAccentsSpacesAndPunctuation(Format format) {
    SurveyFile file =
        contacts(dir, format, "spelling",
            row(" RESPONDENT ", "Functie:", "ORGANISATION", " contact-person ", "In-house", "Intensitéit", "BELANG!",
                "Noodzaak", "Samen-werking", "deskundigheid.", "Betrouwbaarheid ", "VERTROUWEN"),
            row("Jan", "Casemanager", "GGz", "Piet", "nee", 1, 2, 3, 4, 5, 1, 2));

    Survey survey = read(file);
    Contact contact = contactAt(survey, 2);

    assertEquals(List.of(), survey.problems());
    assertEquals(FunctionGroup.of(FunctionGroup.BuiltIn.CASE_MANAGER), contact.respondent().function());
    assertEquals("Piet", contact.person().orElseThrow().name());
    assertEquals(InHouse.NO, contact.inHouse());
    assertAnswers(contact, 1, 2, 3, 4, 5, 1, 2);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void unknownColumnsAreListedOnceAtTheHeaderRow(Format format) {
    SurveyFile file =
        contacts(dir, format, "onbekend",
            row("Enquête 2024"),
            row("Respondent", "Organisatie", "Opmerking", "Belang", "Datum ingevuld"),
            row("Jan", "GGz", "prima", 4, "1-3-2024"),
            row("Kees", "MJD", "slecht bereikbaar", 2, "2-3-2024"),
            row("Els", "GGD", "ok", 3, "3-3-2024"));

    Survey survey = read(file);

    List<Problem> unknown = problems(survey, ProblemKind.UNKNOWN_COLUMN);
    assertEquals(2, unknown.size(), unknown::toString);
    assertAt(unknown.get(0), file.sheet(), 2, 2);
    assertEquals("Opmerking", unknown.get(0).value());
    assertAt(unknown.get(1), file.sheet(), 2, 4);
    assertEquals("Datum ingevuld", unknown.get(1).value());
    assertEquals(2, survey.problems().size(), () -> survey.problems().toString());
    assertEquals(3, survey.contacts().size());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void firstSheetIsUsedWhenNoSheetIsCalledContacten(Format format) {
    Path file =
        SurveyFiles.workbook(dir.resolve("blad." + format.extension), format,
            sheet("Blad1", HEADER, answerRow("Jan", "GGz", INTENSITY, "vaak")),
            sheet("Blad2", row("iets anders")));

    Survey survey = read(file, ImportOptions.defaults());

    assertAt(only(survey, ProblemKind.INVALID_ANSWER), "Blad1", 2, INTENSITY);
    assertEquals(1, survey.contacts().size());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void englishContactsSheetIsFoundBehindOtherSheets(Format format) {
    Path file =
        SurveyFiles.workbook(dir.resolve("contacts." + format.extension), format,
            sheet("Toelichting", row("Vul per contact een rij in.")),
            sheet("Contacts", HEADER, answerRow("Jan", "GGz", INTENSITY, "vaak")));

    Survey survey = read(file, ImportOptions.defaults());

    assertAt(only(survey, ProblemKind.INVALID_ANSWER), "Contacts", 2, INTENSITY);
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void anEmptyContactenSheetIsUsedEvenWhenAnotherSheetHasData(Format format) {
    Path file =
        SurveyFiles.workbook(dir.resolve("leegblad." + format.extension), format,
            sheet("Oud", HEADER, SurveyFiles.data("Jan", null, "GGz")),
            sheet("Contacten"));

    SurveyException e = failure(file);

    assertEquals("error.header.missing", e.key());
    assertNamed(e, "Contacten");
    assertNamed(e, "Respondent");
    assertNamed(e, "Organisatie");
  }

  private static Object[] answerRow(String respondent, String organisation, int column, Object value) {
    return SurveyFiles.answer(respondent, organisation, column, value);
  }

  private static List<Object[]> titleRows(int count) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(row("Toelichting regel " + i));
    }
    return rows;
  }

  private static void assertNamed(SurveyException e, String column) {
    assertTrue(e.arguments().stream().anyMatch(a -> a.contains(column)), () -> column + " not in " + e.arguments());
  }

  /** Answers in aspect order: intensity, importance, dependency, cooperation, expertise, reliability, trust. */
  static void assertAnswers(Contact contact, int... expected) {
    int[] actual = new int[Aspect.values().length];
    for (Aspect aspect : Aspect.values()) {
      actual[aspect.ordinal()] = contact.answers().raw(aspect);
    }
    assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual));
  }
}
