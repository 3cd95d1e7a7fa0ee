package nl.netwerkscan.importer;

import static nl.netwerkscan.importer.Imports.assertAt;
import static nl.netwerkscan.importer.Imports.assertAtRow;
import static nl.netwerkscan.importer.Imports.contactAt;
import static nl.netwerkscan.importer.Imports.failure;
import static nl.netwerkscan.importer.Imports.problems;
import static nl.netwerkscan.importer.Imports.read;
import static nl.netwerkscan.importer.SurveyFiles.HEADER;
import static nl.netwerkscan.importer.SurveyFiles.INTENSITY;
import static nl.netwerkscan.importer.SurveyFiles.ORGANISATION;
import static nl.netwerkscan.importer.SurveyFiles.RESPONDENT;
import static nl.netwerkscan.importer.SurveyFiles.contacts;
import static nl.netwerkscan.importer.SurveyFiles.data;
import static nl.netwerkscan.importer.SurveyFiles.row;
import static nl.netwerkscan.importer.SurveyFiles.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.netwerkscan.importer.SurveyFiles.Format;
import nl.netwerkscan.importer.SurveyFiles.SurveyFile;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.RowCounts;
import nl.netwerkscan.model.Survey;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** survey-format.md, "Rows that cannot be used" and the duplicate rule of "Name matching". */
class RowsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Format.class)
  void rowsWithoutRespondentOrOrganisationAreRejectedAtThatRow(Format format) {
    SurveyFile file =
        standard(dir, format, "afgewezen",
            data(null, "Casemanager", "GGz", "Piet"),
            data("Jan", "Casemanager", null, "Piet", "ja", 4),
            data("   ", null, "MJD"),
            data(null, "Casemanager"),
            data("Jan", "Casemanager", "GGz"));

    Survey survey = read(file);

    List<Problem> noRespondent = problems(survey, ProblemKind.MISSING_RESPONDENT);
    assertEquals(3, noRespondent.size(), noRespondent::toString);
    assertAt(noRespondent.get(0), file.sheet(), 2, RESPONDENT);
    assertAt(noRespondent.get(1), file.sheet(), 4, RESPONDENT);
    assertAt(noRespondent.get(2), file.sheet(), 5, RESPONDENT);
    List<Problem> noOrganisation = problems(survey, ProblemKind.MISSING_ORGANISATION);
    assertEquals(1, noOrganisation.size(), noOrganisation::toString);
    assertAt(noOrganisation.get(0), file.sheet(), 3, ORGANISATION);
    assertEquals(4, survey.problems().size(), () -> survey.problems().toString());
    assertEquals(new RowCounts(5, 1, 4, 0), survey.rows());
    assertEquals(6, contactAt(survey, 6).row());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void whollyEmptyRowsAreSkippedSilently(Format format) {
    SurveyFile file =
        standard(dir, format, "leeg",
            data("Jan", null, "GGz"),
            row(),
            row("", "", "", ""),
            row("  ", null, " "),
            data("Kees", null, "MJD"),
            row(),
            row(""));

    Survey survey = read(file);

    assertEquals(List.of(), survey.problems());
    assertEquals(new RowCounts(2, 2, 0, 0), survey.rows());
    assertEquals("Kees", contactAt(survey, 6).respondent().name());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void rowsEqualAfterMatchingAreDuplicatesNamingTheEarlierRow(Format format) {
    Object[] header = Arrays.copyOf(HEADER, HEADER.length + 1);
    header[HEADER.length] = "Opmerking";
    SurveyFile file =
        contacts(dir, format, "dubbel",
            header,
            row("Jan Jansen", "Casemanager", "GeldZorg", "J. de Vries", "ja", "dagelijks", 4, "nodig", 3, 3, "altijd",
                "enige vertrouwensband", "eerste"),
            row("jan jansen", "casemanager", "geld zorg", "j de vries", "x", 5, "Belangrijk", "3", "neutraal",
                "redelijk deskundig", 5, 3, "tweede"),
            row("Jan Jansen", "Casemanager", "GeldZorg", "J. de Vries", "ja", "wekelijks"),
            row("Jan Jansen", "Casemanager", "Geldzorg", "J. de Vries", "yes", 4, null, null, null, null, null, null,
                "alleen de opmerking verschilt"));

    Survey survey = read(file);

    List<Problem> duplicates = problems(survey, ProblemKind.DUPLICATE_ROW);
    assertEquals(2, duplicates.size(), duplicates::toString);
    assertAtRow(duplicates.get(0), file.sheet(), 3);
    assertEquals(List.of("2"), duplicates.get(0).arguments());
    assertAtRow(duplicates.get(1), file.sheet(), 5);
    assertEquals(List.of("4"), duplicates.get(1).arguments());
    Problem unknown = Imports.only(survey, ProblemKind.UNKNOWN_COLUMN);
    assertAt(unknown, file.sheet(), 1, HEADER.length);
    assertEquals(3, survey.problems().size(), () -> survey.problems().toString());
    assertEquals(new RowCounts(4, 2, 0, 2), survey.rows());
    assertEquals(List.of(2, 4), survey.contacts().stream().map(c -> c.row()).toList());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void rowsDifferingInOneFieldAreNotDuplicates(Format format) {
    SurveyFile file =
        standard(dir, format, "verschillend",
            data("Jan", "Casemanager", "GGz", "Piet", "ja", 4),
            data("Jan", "Casemanager", "GGz", "Piet", "nee", 4),
            data("Jan", "Casemanager", "GGz", "Klaas", "ja", 4),
            data("Jan", "Casemanager", "MJD", "Piet", "ja", 4),
            data("Kees", "Casemanager", "GGz", "Piet", "ja", 4),
            data("Jan", "Casemanager", "GGz", "Piet", "ja", 3),
            data("Jan", "Casemanager", "GGz", null, "ja", 4));

    Survey survey = read(file);

    assertEquals(List.of(), survey.problems());
    assertEquals(new RowCounts(7, 7, 0, 0), survey.rows());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theRowsOwnFunctionIsPartOfTheDuplicateKeyButAllRowsShareTheFirstFunction(Format format) {
    SurveyFile file =
        standard(dir, format, "functie",
            data("Jan", null, "GGz", "Piet", "ja", 4),
            data("Jan", "Casemanager", "GGz", "Piet", "ja", 4),
            data("Jan", "casemanager", "GGz", "Piet", "ja", 4),
            data("Jan", null, "GGz", "Piet", "ja", 4));

    Survey survey = read(file);

    List<Problem> duplicates = problems(survey, ProblemKind.DUPLICATE_ROW);
    assertEquals(List.of(List.of("3"), List.of("2")), duplicates.stream().map(Problem::arguments).toList());
    assertEquals(new RowCounts(4, 2, 0, 2), survey.rows());
    assertEquals(List.of(2, 3), survey.contacts().stream().map(c -> c.row()).toList());
    assertEquals(1, survey.respondents().size());
    for (Contact contact : survey.contacts()) {
      assertSame(survey.respondents().get(0), contact.respondent());
    }
    assertEquals(FunctionGroup.of(FunctionGroup.BuiltIn.CASE_MANAGER), survey.respondents().get(0).function());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyRowOfAMessyFileIsAccountedFor(Format format) {
    SurveyFile file =
        contacts(dir, format, "rommelig",
            row("Netwerkscan 2024 - ingevulde formulieren"),
            row(),
            HEADER,
            data("Jan", "Casemanager", "GGz", "Piet", "ja", 5), // 4 used
            row(), // 5 skipped
            data(null, null, "MJD", "Anna"), // 6 rejected: no respondent
            data("jan", "Casemanager", "ggz", "piet", "x", "dagelijks"), // 7 duplicate of 4
            data("Kees", null, "MJD", "Anna", null, "vaak"), // 8 used, one invalid answer
            data("Kees", null, " ", "Anna"), // 9 rejected: no organisation
            data("Els", "Manager", "Politie"), // 10 used
            data("Els", "Manager", "Politie"), // 11 duplicate of 10
            row("   ", null, ""), // 12 skipped
            data("Jan", "Casemanager", "Leger des Heils", null, "nee", 2)); // 13 used

    Survey survey = read(file);

    assertEquals(new RowCounts(8, 4, 2, 2), survey.rows());
    assertEquals(List.of(4, 8, 10, 13), survey.contacts().stream().map(c -> c.row()).toList());
    List<Problem> all = survey.problems();
    assertEquals(5, all.size(), all::toString);
    assertAt(all.get(0), file.sheet(), 6, RESPONDENT);
    assertEquals(ProblemKind.MISSING_RESPONDENT, all.get(0).kind());
    assertAtRow(all.get(1), file.sheet(), 7);
    assertEquals(ProblemKind.DUPLICATE_ROW, all.get(1).kind());
    assertEquals(List.of("4"), all.get(1).arguments());
    assertAt(all.get(2), file.sheet(), 8, INTENSITY);
    assertEquals(ProblemKind.INVALID_ANSWER, all.get(2).kind());
    assertAt(all.get(3), file.sheet(), 9, ORGANISATION);
    assertEquals(ProblemKind.MISSING_ORGANISATION, all.get(3).kind());
    assertAtRow(all.get(4), file.sheet(), 11);
    assertEquals(List.of("10"), all.get(4).arguments());
    assertEquals(5, survey.problemCount());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theProblemLimitKeepsTheFirstProblemsButCountsAll(Format format) {
    SurveyFile file =
        standard(dir, format, "limiet",
            data(null, null, "GGz"), data(null, null, "MJD"), data(null, null, "GGD"), data("Jan", null, "GGz"));

    Survey survey = Imports.read(file.path(), new ImportOptions(java.util.Optional.empty(), /* problemLimit= */ 2, ImportProgress.NONE));

    assertEquals(2, survey.problems().size());
    assertAt(survey.problems().get(1), file.sheet(), 3, RESPONDENT);
    assertEquals(3, survey.problemCount());
    assertEquals(new RowCounts(4, 1, 3, 0), survey.rows());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void noUsableRowEndsTheRun(Format format) {
    SurveyFile file =
        standard(dir, format, "onbruikbaar", data(null, "Casemanager", "GGz"), data("Jan", "Casemanager", null));

    SurveyException e = failure(file.path());

    assertEquals("error.no.contacts", e.key());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aHeaderWithoutDataRowsHasNoContacts(Format format) {
    SurveyFile file = standard(dir, format, "alleenkop");

    assertEquals("error.no.contacts", failure(file.path()).key());
  }
}
