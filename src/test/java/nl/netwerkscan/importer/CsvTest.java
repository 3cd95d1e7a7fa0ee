package nl.netwerkscan.importer;

import static nl.netwerkscan.importer.HeaderTest.assertAnswers;
import static nl.netwerkscan.importer.Imports.assertAt;
import static nl.netwerkscan.importer.Imports.contactAt;
import static nl.netwerkscan.importer.Imports.only;
import static nl.netwerkscan.importer.Imports.read;
import static nl.netwerkscan.importer.SurveyFiles.HEADER;
import static nl.netwerkscan.importer.SurveyFiles.INTENSITY;
import static nl.netwerkscan.importer.SurveyFiles.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.netwerkscan.importer.SurveyFiles.CsvStyle;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.RowCounts;
import nl.netwerkscan.model.Survey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** survey-format.md: "A .csv file may hold the contacts sheet alone (separator ; or ,, UTF-8, with or without BOM)". */
class CsvTest {
  @TempDir Path dir;

  static Stream<Arguments> styles() {
    List<Arguments> styles = new ArrayList<>();
    for (char separator : new char[] {';', ','}) {
      for (boolean bom : new boolean[] {false, true}) {
        for (String lineEnd : new String[] {"\n", "\r\n"}) {
          styles.add(Arguments.of(CsvStyle.DEFAULT.separator(separator).bom(bom).lineEnd(lineEnd)));
        }
      }
    }
    return styles.stream();
  }

  @ParameterizedTest
  @MethodSource("styles")
  void separatorsBomAndLineEndsWithQuotedSeparators(CsvStyle style) {
    Path file =
        SurveyFiles.csv(dir.resolve("enquete.csv"), style,
            HEADER,
            row("Jan", "Casemanager", "Sozawe, zelfstandigen", "Vries; J. de", "ja", "dagelijks", 4, "nodig", 3, 2, "altijd", 1),
            row("Kees", "Leidinggevende", "GGz", "\"Piet\" Jansen", "nee", "vaak"),
            row("Els", null, "MJD"));

    Survey survey = read(file, ImportOptions.defaults());

    Contact first = contactAt(survey, 2);
    assertEquals("Jan", first.respondent().name());
    assertEquals(FunctionGroup.of(FunctionGroup.BuiltIn.CASE_MANAGER), first.respondent().function());
    assertEquals("Sozawe, zelfstandigen", first.organisation().name());
    assertEquals(OrganisationType.of(OrganisationType.BuiltIn.WORK), first.organisation().type());
    assertEquals("Vries; J. de", first.person().orElseThrow().name());
    assertEquals(InHouse.YES, first.inHouse());
    assertAnswers(first, 5, 4, 3, 3, 2, 5, 1);
    assertEquals("\"Piet\" Jansen", contactAt(survey, 3).person().orElseThrow().name());
    Problem invalid = only(survey, ProblemKind.INVALID_ANSWER);
    assertAt(invalid, "enquete.csv", 3, INTENSITY);
    assertEquals("vaak", invalid.value());
    assertEquals(1, survey.problems().size(), () -> survey.problems().toString());
    assertEquals(new RowCounts(3, 3, 0, 0), survey.rows());
  }

  @Test
  void windows1252IsReadWhenTheBytesAreNotUtf8() {
    Charset windows1252 = Charset.forName("windows-1252");
    Path file =
        SurveyFiles.csv(dir.resolve("excel.csv"), CsvStyle.DEFAULT.charset(windows1252).lineEnd("\r\n"),
            HEADER,
            row("José Bakker", "Casemanager", "Prové", "Zoë Maréchal", "ja", "één keer"));

    Survey survey = read(file, ImportOptions.defaults());

    Contact contact = contactAt(survey, 2);
    assertEquals("José Bakker", contact.respondent().name());
    assertEquals("Prové", contact.organisation().name());
    assertEquals(OrganisationType.of(OrganisationType.BuiltIn.WORK), contact.organisation().type());
    assertEquals("Zoë Maréchal", contact.person().orElseThrow().name());
    assertEquals("één keer", only(survey, ProblemKind.INVALID_ANSWER).value());
  }

  @Test
  void utf8WithAccentsAndBomStaysUtf8() {
    Path file =
        SurveyFiles.csv(dir.resolve("utf8.csv"), CsvStyle.DEFAULT.bom(true),
            HEADER, row("José Bakker", null, "Cliëntenraad GGz", "Zoë"));

    Contact contact = contactAt(read(file, ImportOptions.defaults()), 2);

    assertEquals("José Bakker", contact.respondent().name());
    assertEquals("Cliëntenraad GGz", contact.organisation().name());
    assertEquals("Zoë", contact.person().orElseThrow().name());
  }

  @Test
  void quotedHeadersAndAMultiLineFieldCountAsOneRowEach() {
    String text =
        "\"Respondent\",\"Organisation\",\"Remark\",\"Intensity\"\r\n"
            + "\"Jan\",\"GGz\",\"eerste regel\r\ntweede regel\",\"daily\"\r\n"
            + "\"Kees\",\"MJD\",\"\",\"often\"\r\n";
    Path file = SurveyFiles.bytes(dir.resolve("quotes.csv"), text.getBytes(StandardCharsets.UTF_8));

    Survey survey = read(file, ImportOptions.defaults());

    assertEquals(5, contactAt(survey, 2).answers().raw(Aspect.INTENSITY));
    assertAt(only(survey, ProblemKind.INVALID_ANSWER), "quotes.csv", 3, 3);
    assertAt(only(survey, ProblemKind.UNKNOWN_COLUMN), "quotes.csv", 1, 2);
  }

  @Test
  void aSemicolonFileWhoseTitleLineHasCommasStillSplitsOnSemicolons() {
    Path file =
        SurveyFiles.csv(dir.resolve("titel.csv"), CsvStyle.DEFAULT,
            row("Netwerkscan, Sozawe, 2024, alle teams, definitief"),
            HEADER,
            row("Jan", null, "GGz", null, null, 2));

    Survey survey = read(file, ImportOptions.defaults());

    assertEquals(2, contactAt(survey, 3).answers().raw(Aspect.INTENSITY));
    assertEquals(List.of(), survey.problems());
  }
}
