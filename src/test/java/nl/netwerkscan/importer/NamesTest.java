package nl.netwerkscan.importer;

import static nl.netwerkscan.importer.Imports.assertAt;
import static nl.netwerkscan.importer.Imports.contactAt;
import static nl.netwerkscan.importer.Imports.problems;
import static nl.netwerkscan.importer.Imports.read;
import static nl.netwerkscan.importer.SurveyFiles.ORGANISATION;
import static nl.netwerkscan.importer.SurveyFiles.data;
import static nl.netwerkscan.importer.SurveyFiles.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import nl.netwerkscan.importer.SurveyFiles.Format;
import nl.netwerkscan.importer.SurveyFiles.SurveyFile;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.OrganisationType.BuiltIn;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.Survey;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** survey-format.md, "Name matching" and the built-in classification (organisation-types.csv). */
class NamesTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "\"{0}\" is {1} ({2})")
  @CsvSource(
      delimiter = ';',
      value = {
        "MTW; Museum Technische Werken; WORK",
        "Museumtechnische Werken; Museum Technische Werken; WORK",
        "Alfa college; Alfacollege; EDUCATION",
        "alfa-college; Alfacollege; EDUCATION",
        "Centrum voor Werk en Inkomen; CWI; CWI",
        "UWV; UWV's; FINANCE",
        "Prove; Prové; WORK",
        "LdH; Leger des Heils; CARE",
        "Provincie; Provincie Groningen; ENABLING",
        "Lefier; Lefier; HOUSING",
        "Monkey Donkey; Monkey Donkey; CHILDCARE",
        "GELD ZORG; GeldZorg; CARE",
        "Clientenraad GGZ; Cliëntenraad GGz; ENABLING",
        "  museum technische werken  ; Museum Technische Werken; WORK",
        "Noorderpoort; Noorderpoortcollege; EDUCATION",
      })
  void builtInClassificationResolvesAliasesAndSpellings(String written, String canonical, BuiltIn type) {
    SurveyFile file = standard(dir, Format.XLSX, "alias", data("Jan", null, written));

    Survey survey = read(file);

    Organisation organisation = contactAt(survey, 2).organisation();
    assertEquals(canonical, organisation.name());
    assertEquals(OrganisationType.of(type), organisation.type());
    assertEquals(List.of(), survey.problems());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aliasesAndSpellingsOfOneOrganisationAreOneOrganisation(Format format) {
    SurveyFile file =
        standard(dir, format, "eenorg",
            data("Jan", null, "MTW"),
            data("Kees", null, "Museum Technische Werken"),
            data("Els", null, "museum-technische werken"),
            data("Jan", null, "GeldZorg"),
            data("Kees", null, "Geldzorg"),
            data("Els", null, "geld zorg"));

    Survey survey = read(file);

    Organisation mtw = contactAt(survey, 2).organisation();
    assertEquals(mtw, contactAt(survey, 3).organisation());
    assertEquals(mtw, contactAt(survey, 4).organisation());
    Organisation geldZorg = contactAt(survey, 5).organisation();
    assertEquals(geldZorg, contactAt(survey, 6).organisation());
    assertEquals(geldZorg, contactAt(survey, 7).organisation());
    assertEquals(2, survey.contacts().stream().map(c -> c.organisation()).distinct().count());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void anUnclassifiedOrganisationIsUnknownAndListedOnce(Format format) {
    SurveyFile file =
        standard(dir, format, "onbekendeorg",
            data("Jan", null, "Buurtcentrum De Wijk"),
            data("Kees", null, "GGz"),
            data("Kees", null, "buurtcentrum de wijk"),
            data("Els", null, "Buurtcentrum  De Wijk"),
            data("Els", null, "Sportschool Fit"));

    Survey survey = read(file);

    Organisation unknown = contactAt(survey, 2).organisation();
    assertEquals("Buurtcentrum De Wijk", unknown.name());
    assertEquals(OrganisationType.UNKNOWN, unknown.type());
    assertEquals(unknown, contactAt(survey, 4).organisation());
    assertEquals(unknown, contactAt(survey, 5).organisation());
    List<Problem> unclassified = problems(survey, ProblemKind.UNCLASSIFIED_ORGANISATION);
    assertEquals(2, unclassified.size(), unclassified::toString);
    assertAt(unclassified.get(0), file.sheet(), 2, ORGANISATION);
    assertEquals("Buurtcentrum De Wijk", unclassified.get(0).value());
    assertAt(unclassified.get(1), file.sheet(), 6, ORGANISATION);
    assertEquals("Sportschool Fit", unclassified.get(1).value());
    assertEquals(2, survey.problems().size());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aPersonNameIsOnePersonWithinAnOrganisationAndTwoAcrossTwo(Format format) {
    SurveyFile file =
        standard(dir, format, "personen",
            data("Jan", null, "GGz", "J. de Vries"),
            data("Kees", null, "GGz", "j de vries"),
            data("Els", null, "GGz Groningen", "J.  DE VRIES"),
            data("Jan", null, "MJD", "J. de Vries"),
            data("Jan", null, "GGz"));

    Survey survey = read(file);

    ContactPerson atGgz = contactAt(survey, 2).person().orElseThrow();
    assertEquals("J. de Vries", atGgz.name());
    assertEquals(atGgz, contactAt(survey, 3).person().orElseThrow());
    assertEquals(atGgz, contactAt(survey, 4).person().orElseThrow());
    ContactPerson atMjd = contactAt(survey, 5).person().orElseThrow();
    assertNotEquals(atGgz, atMjd);
    assertEquals("MJD", atMjd.organisation().name());
    assertEquals(java.util.Optional.empty(), contactAt(survey, 6).person());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void respondentsAreMatchedWithoutCaseAccentsSpacesAndPunctuation(Format format) {
    SurveyFile file =
        standard(dir, format, "respondenten",
            data("José Bakker", null, "GGz"),
            data("jose bakker", null, "MJD"),
            data("JOSE  BAKKER.", null, "GGD"),
            data("anoniem-1", null, "GGz"),
            data("Anoniem 1", null, "MJD"),
            data("anoniem-2", null, "GGz"));

    Survey survey = read(file);

    assertEquals(List.of("José Bakker", "anoniem-1", "anoniem-2"), survey.respondents().stream().map(r -> r.name()).toList());
    assertEquals(contactAt(survey, 2).respondent(), contactAt(survey, 4).respondent());
    assertEquals(contactAt(survey, 5).respondent(), contactAt(survey, 6).respondent());
    assertEquals(List.of(), survey.problems());
    assertEquals(6, survey.rows().used());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aBareOrganisationWithoutPersonIsUsed(Format format) {
    SurveyFile file = standard(dir, format, "zonderpersoon", data("Jan", null, "Politie"));

    Survey survey = read(file);

    assertEquals(java.util.Optional.empty(), contactAt(survey, 2).person());
    assertEquals(OrganisationType.of(BuiltIn.CARE), only(survey.contacts()).organisation().type());
  }

  private static <T> T only(List<T> list) {
    assertEquals(1, list.size(), list::toString);
    return list.get(0);
  }
}
