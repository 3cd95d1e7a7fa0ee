package nl.netwerkscan.importer;

import static nl.netwerkscan.importer.Imports.assertAt;
import static nl.netwerkscan.importer.Imports.contactAt;
import static nl.netwerkscan.importer.Imports.only;
import static nl.netwerkscan.importer.Imports.read;
import static nl.netwerkscan.importer.SurveyFiles.CONTACTS;
import static nl.netwerkscan.importer.SurveyFiles.row;
import static nl.netwerkscan.importer.SurveyFiles.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.netwerkscan.importer.SurveyFiles.Format;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.Unit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** survey-format.md, the optional column Team: one unit per respondent, the first one given. */
class UnitColumnTest {
  @TempDir Path dir;

  private static Object[] header(String team) {
    return row("Respondent", "Organisatie", "Contactpersoon", "Intensiteit", team);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Team", "Unit", "Afdeling", "Eenheid", "Gemeente", "Department", "Municipality", "TEAM ", "afdeling"})
  void everySpellingOfTheHeaderNamesTheUnit(String team) {
    Survey survey =
        read(SurveyFiles.contacts(dir, Format.XLSX, "teams", header(team),
            row("Anna", "GGz", "Piet", 4, "Noord"), row("Bram", "GGz", "Piet", 3, "Zuid")));

    assertEquals("Noord", contactAt(survey, 2).respondent().unit().name());
    assertEquals("Zuid", contactAt(survey, 3).respondent().unit().name());
    assertEquals(List.of(), survey.problems(), "a known column, not an unknown one");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aRespondentWithTwoUnitsKeepsTheFirstAndTheConflictIsListed(Format format) {
    SurveyFiles.SurveyFile file =
        SurveyFiles.contacts(dir, format, "conflict", header("Team"),
            row("Anna", "GGz", "Piet", 4, null),
            row("Anna", "MJD", "Lies", 4, "Noord"),
            row("Anna", "CWI", "Kees", 4, "Zuid"),
            row("anna", "SVB", "Jan", 4, "noord "));
    Survey survey = read(file);

    Unit noord = contactAt(survey, 3).respondent().unit();
    assertEquals(new Unit("noord", "Noord"), noord);
    for (int r = 2; r <= 5; r++) {
      assertEquals(noord, contactAt(survey, r).respondent().unit(), "row " + r);
    }
    assertSame(contactAt(survey, 2).respondent(), contactAt(survey, 5).respondent(), "one respondent, settled once");
    Problem conflict = only(survey, ProblemKind.CONFLICTING_UNIT);
    assertAt(conflict, file.sheet(), 4, 4);
    assertEquals(List.of("Anna", "Zuid", "Noord"), conflict.arguments());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "CSV"})
  void anEmptyTeamIsUnknownAndAnAbsentColumnChangesNothing(Format format) {
    Survey withColumn =
        read(SurveyFiles.contacts(dir, format, "empty", header("Team"), row("Anna", "GGz", "Piet", 4, "  ")));
    Survey without =
        read(SurveyFiles.contacts(dir, format, "none", row("Respondent", "Organisatie"), row("Anna", "GGz")));

    assertSame(Unit.UNKNOWN, contactAt(withColumn, 2).respondent().unit());
    assertSame(Unit.UNKNOWN, contactAt(without, 2).respondent().unit());
    assertEquals(List.of(), withColumn.problems());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void theRosterGivesTheUnitOfRespondentsWhoseRowsHaveNone(Format format) {
    Path file =
        SurveyFiles.workbook(dir.resolve("roster." + format.extension), format,
            sheet(CONTACTS, header("Team"),
                row("Anna", "GGz", "Piet", 4, null),
                row("Bram", "GGz", "Piet", 4, "Zuid"),
                row("Cor", "MJD", "Lies", 4, null)),
            sheet("Medewerkers",
                row("Respondent", "Functie", "Afdeling"),
                row("Anna", "Casemanager", "Noord"),
                row("Bram", null, "Oost"),
                row("Els", null, "West")));

    Survey survey = read(file, ImportOptions.defaults());

    assertEquals("Noord", contactAt(survey, 2).respondent().unit().name(), "from the roster");
    assertEquals("Zuid", contactAt(survey, 3).respondent().unit().name(), "the rows win over the roster");
    assertSame(Unit.UNKNOWN, contactAt(survey, 4).respondent().unit());
    assertEquals("West", survey.roster().get(2).respondent().unit().name(), "a staff member who did not answer");
    assertEquals(contactAt(survey, 2).respondent(), survey.roster().get(0).respondent());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void rowsThatDifferOnlyInTheirTeamAreNoDuplicates(Format format) {
    Survey survey =
        read(SurveyFiles.contacts(dir, format, "duplicates", header("Team"),
            row("Anna", "GGz", "Piet", 4, "Noord"),
            row("Anna", "GGz", "Piet", 4, "Zuid"),
            row("Anna", "GGz", "Piet", 4, "Noord")));

    assertEquals(3, survey.rows().read());
    assertEquals(2, survey.rows().used(), "the second row has its own Team");
    assertEquals(1, survey.rows().duplicates());
    assertTrue(survey.rows().read() == survey.rows().used() + survey.rows().rejected() + survey.rows().duplicates());
  }
}
