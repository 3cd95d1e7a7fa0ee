package nl.netwerkscan.importer;

import static nl.netwerkscan.importer.Imports.assertAt;
import static nl.netwerkscan.importer.Imports.contactAt;
import static nl.netwerkscan.importer.Imports.only;
import static nl.netwerkscan.importer.Imports.read;
import static nl.netwerkscan.importer.SurveyFiles.CONTACTS;
import static nl.netwerkscan.importer.SurveyFiles.FUNCTION;
import static nl.netwerkscan.importer.SurveyFiles.HEADER;
import static nl.netwerkscan.importer.SurveyFiles.data;
import static nl.netwerkscan.importer.SurveyFiles.row;
import static nl.netwerkscan.importer.SurveyFiles.sheet;
import static nl.netwerkscan.importer.SurveyFiles.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import nl.netwerkscan.importer.SurveyFiles.Format;
import nl.netwerkscan.importer.SurveyFiles.SurveyFile;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.FunctionGroup.BuiltIn;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.StaffMember;
import nl.netwerkscan.model.Survey;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** survey-format.md, sheet "Medewerkers" and the function groups. */
class RosterTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void medewerkersSheetIsTheRosterAndFillsEmptyFunctions(Format format) {
    Path file =
        SurveyFiles.workbook(dir.resolve("rooster." + format.extension), format,
            sheet(CONTACTS, HEADER, data("Jan", "Casemanager", "GGz"), data("Kees", null, "MJD")),
            sheet("Medewerkers",
                row("Respondent", "Functie", "Aangeschreven"),
                row("Jan", "Casemanager", "ja"),
                row("kees", "Bijstandsconsulent"),
                row("Els", "Leidinggevende", "nee"),
                row("Piet", "Financieel consulent", "ja")));

    Survey survey = read(file, ImportOptions.defaults());

    assertEquals(FunctionGroup.of(BuiltIn.BENEFIT_CONSULTANT), contactAt(survey, 3).respondent().function());
    List<StaffMember> roster = survey.roster();
    assertEquals(List.of("Jan", "Kees", "Els", "Piet"), roster.stream().map(s -> s.respondent().name()).toList());
    assertEquals(List.of(true, true, false, true), roster.stream().map(StaffMember::asked).toList());
    assertEquals(contactAt(survey, 2).respondent(), roster.get(0).respondent());
    assertEquals(contactAt(survey, 3).respondent(), roster.get(1).respondent());
    assertEquals(FunctionGroup.of(BuiltIn.MANAGER), roster.get(2).respondent().function());
    assertEquals(FunctionGroup.of(BuiltIn.FINANCIAL_CONSULTANT), roster.get(3).respondent().function());
    assertEquals(List.of(), survey.problems());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void staffSheetInEnglishAndContactenFunctionWinsOverTheRoster(Format format) {
    Path file =
        SurveyFiles.workbook(dir.resolve("staff." + format.extension), format,
            sheet("Contacts", HEADER, data("Jan", "Case manager", "GGz"), data("Kees", null, "MJD")),
            sheet("Staff",
                row("Respondent", "Function", "Asked"),
                row("Jan", "Manager", "yes"),
                row("Kees", "Benefit consultant", "no"),
                row("Els", null, null)));

    Survey survey = read(file, ImportOptions.defaults());

    assertEquals(FunctionGroup.of(BuiltIn.CASE_MANAGER), contactAt(survey, 2).respondent().function());
    assertEquals(FunctionGroup.of(BuiltIn.BENEFIT_CONSULTANT), contactAt(survey, 3).respondent().function());
    assertEquals(List.of(true, false, true), survey.roster().stream().map(StaffMember::asked).toList());
    assertEquals(FunctionGroup.UNKNOWN, survey.roster().get(2).respondent().function());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void anUnrecognisedAskedValueCountsAsAskedAndIsListed(Format format) {
    Path file =
        SurveyFiles.workbook(dir.resolve("gevraagd." + format.extension), format,
            sheet(CONTACTS, HEADER, data("Jan", null, "GGz")),
            sheet("Medewerkers", row("Respondent", "Functie", "Aangeschreven"), row("Jan", null, "misschien")));

    Survey survey = read(file, ImportOptions.defaults());

    assertEquals(List.of(true), survey.roster().stream().map(StaffMember::asked).toList());
    Problem problem = only(survey, ProblemKind.INVALID_ASKED);
    assertAt(problem, "Medewerkers", 2, 2);
    assertEquals("misschien", problem.value());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theFirstNonEmptyFunctionWinsAndAConflictIsListed(Format format) {
    SurveyFile file =
        standard(dir, format, "conflict",
            data("Jan", null, "GGz"),
            data("Jan", "Casemanager", "MJD"),
            data("jan", "Bijstandsconsulent", "GGD"),
            data("Jan", "case manager", "Politie"));

    Survey survey = read(file);

    assertEquals(1, survey.respondents().size());
    assertEquals(FunctionGroup.of(BuiltIn.CASE_MANAGER), survey.respondents().get(0).function());
    Problem conflict = only(survey, ProblemKind.CONFLICTING_FUNCTION);
    assertAt(conflict, file.sheet(), 4, FUNCTION);
    assertEquals("Bijstandsconsulent", conflict.value());
    assertEquals(1, survey.problems().size(), () -> survey.problems().toString());
    assertEquals(4, survey.rows().used());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aRespondentWithoutAFunctionAnywhereIsUnknown(Format format) {
    SurveyFile file =
        standard(dir, format, "geenfunctie",
            data("Jan", null, "GGz"), data("Jan", null, "MJD"), data("Kees", "Onbekend", "GGz"));

    Survey survey = read(file);

    assertEquals(FunctionGroup.UNKNOWN, contactAt(survey, 2).respondent().function());
    assertEquals(FunctionGroup.UNKNOWN, contactAt(survey, 4).respondent().function());
    assertFalse(survey.hasRoster());
    assertEquals(List.of(), survey.problems());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({
    "Casemanager, CASE_MANAGER",
    "Case manager, CASE_MANAGER",
    "CASEMANAGER, CASE_MANAGER",
    "Bijstandsconsulent, BENEFIT_CONSULTANT",
    "Benefit consultant, BENEFIT_CONSULTANT",
    "financieel consulent, FINANCIAL_CONSULTANT",
    "Financial consultant, FINANCIAL_CONSULTANT",
    "Leidinggevende, MANAGER",
    "Manager, MANAGER",
    "Onbekend, UNKNOWN",
    "Unknown, UNKNOWN",
  })
  void functionGroupsInDutchAndEnglish(String text, BuiltIn expected) {
    SurveyFile file = standard(dir, Format.XLSX, "functie", data("Jan", text, "GGz"));

    assertEquals(FunctionGroup.of(expected), contactAt(read(file), 2).respondent().function());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void otherFunctionTextIsAGroupOfItsOwnMatchedWithoutCase(Format format) {
    SurveyFile file =
        standard(dir, format, "eigengroep",
            data("Jan", "Teamleider", "GGz"), data("Kees", "TEAMLEIDER ", "GGz"), data("Els", "Jobcoach", "GGz"));

    Survey survey = read(file);

    FunctionGroup teamleider = contactAt(survey, 2).respondent().function();
    assertEquals(FunctionGroup.custom("Teamleider"), teamleider);
    assertEquals(teamleider, contactAt(survey, 3).respondent().function());
    assertEquals(FunctionGroup.custom("Jobcoach"), contactAt(survey, 4).respondent().function());
    assertEquals(List.of(), survey.problems());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void sideSheetHeadersMayStandBelowTitleRows(Format format) {
    Path file =
        SurveyFiles.workbook(dir.resolve("titels." + format.extension), format,
            sheet(CONTACTS, HEADER, data("Jan", null, "Buurtteam Oost")),
            sheet("Medewerkers", row("Personeelslijst 2024"), row(), row("Respondent", "Functie"), row("Jan", "Manager")),
            sheet("Organisaties", row("Aanvullingen"), row("Organisatie", "Soort"), row("Buurtteam Oost", "Zorg")));

    Survey survey = read(file, ImportOptions.defaults());

    assertEquals(FunctionGroup.of(BuiltIn.MANAGER), contactAt(survey, 2).respondent().function());
    assertEquals(
        nl.netwerkscan.model.OrganisationType.of(nl.netwerkscan.model.OrganisationType.BuiltIn.CARE),
        contactAt(survey, 2).organisation().type());
    assertEquals(1, survey.roster().size());
    assertEquals(List.of(), survey.problems());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void aRosterNameListedTwiceIsOneStaffMember(Format format) {
    Path file =
        SurveyFiles.workbook(dir.resolve("tweemaal." + format.extension), format,
            sheet(CONTACTS, HEADER, data("Jan", null, "GGz")),
            sheet("Medewerkers", row("Respondent", "Functie"), row("Jan", "Casemanager"), row("J.A.N.", "Manager")));

    Survey survey = read(file, ImportOptions.defaults());

    assertEquals(1, survey.roster().size());
    assertSame(survey.respondents().get(0), survey.roster().get(0).respondent());
    assertEquals(FunctionGroup.of(BuiltIn.CASE_MANAGER), survey.respondents().get(0).function());
  }

  /** The roster is read after the contacts, but its problems come first, as its sheet would. */
  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void rosterProblemsComeBeforeContactProblemsAndCountUnderTheLimit(Format format) {
    Path file =
        SurveyFiles.workbook(dir.resolve("volgorde." + format.extension), format,
            sheet(CONTACTS, HEADER, data("Jan", "Casemanager", "GGz"), data(null, null, "MJD")),
            sheet("Medewerkers",
                row("Respondent", "Functie", "Aangeschreven"),
                row("Jan", "Casemanager", "misschien"),
                row("Els", "Leidinggevende", "soms")));

    Survey all = read(file, ImportOptions.defaults());
    Survey firstTwo = read(file, new ImportOptions(java.util.Optional.empty(), 2, ImportProgress.NONE));

    assertEquals(
        List.of(ProblemKind.INVALID_ASKED, ProblemKind.INVALID_ASKED, ProblemKind.MISSING_RESPONDENT),
        all.problems().stream().map(Problem::kind).toList());
    assertEquals("Medewerkers", all.problems().get(0).location().sheet());
    assertEquals(2, all.problems().get(0).location().row());
    assertEquals(CONTACTS, all.problems().get(2).location().sheet());
    assertEquals(List.of(ProblemKind.INVALID_ASKED, ProblemKind.INVALID_ASKED),
        firstTwo.problems().stream().map(Problem::kind).toList());
    assertEquals(3, firstTwo.problemCount());
  }

  /** The progress display counts the Contacten sheet only, also now that the roster comes last. */
  @org.junit.jupiter.api.Test
  void theRosterReadAfterTheContactsDoesNotChangeTheExpectedRows() {
    Path file =
        SurveyFiles.workbook(dir.resolve("voortgang.xlsx"), Format.XLSX,
            sheet(CONTACTS, HEADER, data("Jan", "Casemanager", "GGz"), data("Kees", null, "MJD")),
            sheet("Medewerkers",
                row("Respondent", "Functie", "Aangeschreven"),
                row("Jan", "Casemanager", "ja"),
                row("Els", "Leidinggevende", "nee"),
                row("Piet", "Financieel consulent", "ja"),
                row("Ria", "Casemanager", "ja")));
    List<Long> expected = new java.util.concurrent.CopyOnWriteArrayList<>();
    ImportProgress progress = new ImportProgress() {
      @Override
      public void expect(long rows) {
        expected.add(rows);
      }

      @Override
      public void read(long rows) {}
    };

    read(file, new ImportOptions(java.util.Optional.empty(), ImportOptions.DEFAULT_PROBLEM_LIMIT, progress));

    // the Contacten sheet's dimension, A1:L3; the roster's A1:C5 is not reported
    assertEquals(List.of(3L), expected);
  }
}
