package nl.netwerkscan.importer;

import static nl.netwerkscan.importer.HeaderTest.assertAnswers;
import static nl.netwerkscan.importer.Imports.assertAt;
import static nl.netwerkscan.importer.Imports.contactAt;
import static nl.netwerkscan.importer.Imports.only;
import static nl.netwerkscan.importer.Imports.problems;
import static nl.netwerkscan.importer.Imports.read;
import static nl.netwerkscan.importer.SurveyFiles.COOPERATION;
import static nl.netwerkscan.importer.SurveyFiles.DEPENDENCY;
import static nl.netwerkscan.importer.SurveyFiles.EXPERTISE;
import static nl.netwerkscan.importer.SurveyFiles.IMPORTANCE;
import static nl.netwerkscan.importer.SurveyFiles.INTENSITY;
import static nl.netwerkscan.importer.SurveyFiles.IN_HOUSE;
import static nl.netwerkscan.importer.SurveyFiles.RELIABILITY;
import static nl.netwerkscan.importer.SurveyFiles.TRUST;
import static nl.netwerkscan.importer.SurveyFiles.answer;
import static nl.netwerkscan.importer.SurveyFiles.data;
import static nl.netwerkscan.importer.SurveyFiles.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.netwerkscan.importer.SurveyFiles.Format;
import nl.netwerkscan.importer.SurveyFiles.SurveyFile;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.Survey;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** survey-format.md, "The scales" and the Inpandig column. */
class ScalesTest {
  @TempDir Path dir;

  /** The table of survey-format.md: per aspect its column and labels from 5 down to 1, Dutch|English. */
  private static final Object[][] SCALES = {
    {Aspect.INTENSITY, INTENSITY, "dagelijks|daily", "wekelijks|weekly", "maandelijks|monthly",
        "per kwartaal|quarterly", "minder vaak|less often"},
    {Aspect.IMPORTANCE, IMPORTANCE, "zeer belangrijk|very important", "belangrijk|important",
        "een beetje belangrijk|somewhat important", "niet zo belangrijk|not very important", "onbelangrijk|unimportant"},
    {Aspect.DEPENDENCY, DEPENDENCY, "onmisbaar|indispensable", "hard nodig|much needed", "nodig|needed",
        "een beetje nodig|a little needed", "niet nodig|not needed"},
    {Aspect.COOPERATION, COOPERATION, "zeer makkelijk|very easy", "makkelijk|easy", "neutraal|neutral",
        "moeizaam|difficult", "zeer moeizaam|very difficult"},
    {Aspect.EXPERTISE, EXPERTISE, "zeer deskundig|very expert", "deskundig|expert", "redelijk deskundig|fairly expert",
        "weinig deskundig|little expertise", "niet deskundig|no expertise"},
    {Aspect.RELIABILITY, RELIABILITY, "altijd|always", "meestal|mostly", "soms|sometimes", "zelden|rarely",
        "nooit|never"},
    {Aspect.TRUST, TRUST, "zeer sterke vertrouwensband|very strong trust", "sterke vertrouwensband|strong trust",
        "enige vertrouwensband|some trust", "weinig vertrouwen|little trust", "geen vertrouwensband|no trust"},
  };

  static Stream<Arguments> everyLabel() {
    List<Arguments> cases = new ArrayList<>();
    for (Object[] scale : SCALES) {
      for (int i = 2; i < scale.length; i++) {
        for (String label : ((String) scale[i]).split("\\|")) {
          cases.add(Arguments.of(scale[0], scale[1], label, 5 - (i - 2)));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} \"{2}\" = {3}")
  @MethodSource("everyLabel")
  void everyLabelOfEveryScaleInDutchAndEnglish(Aspect aspect, int column, String label, int expected) {
    SurveyFile file = standard(dir, Format.XLSX, "label", answer("Jan", "GGz", column, label));

    Survey survey = read(file);

    assertEquals(List.of(), survey.problems());
    assertEquals(expected, contactAt(survey, 2).answers().raw(aspect));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void labelsIgnoreCaseAccentsAndSurroundingSpaces(Format format) {
    SurveyFile file =
        standard(dir, format, "hoofdletters",
            answers("Jan", "  DAGELIJKS ", "Zeer Belangrijk", "ONMISBAAR", " neutraal", "Déskundig", "Áltijd  ",
                "Geen Vertrouwensband"));

    Survey survey = read(file);

    assertEquals(List.of(), survey.problems());
    assertAnswers(contactAt(survey, 2), 5, 5, 5, 3, 4, 5, 1);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void numbersAsNumericCellsAndAsText(Format format) {
    SurveyFile file =
        standard(dir, format, "getallen",
            answers("Jan", 1, 2, 3, 4, 5, 1, 2),
            answers("Kees", "3", "4", "5", "1", "2", "3", " 4 "));

    Survey survey = read(file);

    assertEquals(List.of(), survey.problems());
    assertAnswers(contactAt(survey, 2), 1, 2, 3, 4, 5, 1, 2);
    assertAnswers(contactAt(survey, 3), 3, 4, 5, 1, 2, 3, 4);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void invalidAnswersLeaveTheCellUnansweredAndAreListedByCell(Format format) {
    SurveyFile file =
        standard(dir, format, "ongeldig",
            answers("Jan", "altijd", 7, "vaak", 2.5, "7", 0, "2,5"),
            answers("Kees", 1, 2, 3, 4, 5, 1, 2));

    Survey survey = read(file);

    List<Problem> invalid = problems(survey, ProblemKind.INVALID_ANSWER);
    String[] values = {"altijd", "7", "vaak", "2.5", "7", "0", "2,5"};
    assertEquals(values.length, invalid.size(), invalid::toString);
    for (int i = 0; i < values.length; i++) {
      assertAt(invalid.get(i), file.sheet(), 2, INTENSITY + i);
      assertEquals(values[i], invalid.get(i).value());
    }
    assertEquals(invalid, survey.problems());
    Contact unanswered = contactAt(survey, 2);
    assertEquals("Jan", unanswered.respondent().name());
    assertAnswers(unanswered, 0, 0, 0, 0, 0, 0, 0);
    assertEquals(2, survey.rows().used());
  }

  @ParameterizedTest(name = "\"{1}\" in column {0}")
  @CsvSource({
    "5, altijd", // reliability's label in Intensiteit
    "10, dagelijks", // intensity's label in Betrouwbaarheid
    "6, nodig", // dependency's label in Belang
    "7, belangrijk", // importance's label in Afhankelijkheid
    "5, 6",
    "6, -1",
  })
  void aLabelOfAnotherScaleOrANumberOutsideOneToFiveIsInvalid(int column, String value) {
    SurveyFile file = standard(dir, Format.XLSX, "andere", answer("Jan", "GGz", column, value));

    Survey survey = read(file);

    Problem problem = only(survey, ProblemKind.INVALID_ANSWER);
    assertAt(problem, file.sheet(), 2, column);
    assertEquals(value, problem.value());
    assertAnswers(contactAt(survey, 2), 0, 0, 0, 0, 0, 0, 0);
  }

  @ParameterizedTest(name = "\"{0}\" = {1}")
  @CsvSource({
    "ja, YES", "nee, NO", "yes, YES", "no, NO", "j, YES", "n, NO", "1, YES", "0, NO", "x, YES", "X, YES",
    "JA, YES", "' Nee ', NO", "Yes, YES", "'', UNKNOWN",
  })
  void inHouseValues(String text, InHouse expected) {
    SurveyFile file = standard(dir, Format.XLSX, "inpandig", answer("Jan", "GGz", IN_HOUSE, text.isEmpty() ? null : text));

    Survey survey = read(file);

    assertEquals(List.of(), survey.problems());
    assertEquals(expected, contactAt(survey, 2).inHouse());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void inHouseAsNumericCellsAndUnrecognisedText(Format format) {
    SurveyFile file =
        standard(dir, format, "inpandig",
            answer("Jan", "GGz", IN_HOUSE, 1),
            answer("Kees", "GGz", IN_HOUSE, 0),
            answer("Els", "GGz", IN_HOUSE, "misschien"),
            data("Piet", null, "GGz"));

    Survey survey = read(file);

    assertEquals(InHouse.YES, contactAt(survey, 2).inHouse());
    assertEquals(InHouse.NO, contactAt(survey, 3).inHouse());
    assertEquals(InHouse.UNKNOWN, contactAt(survey, 4).inHouse());
    assertEquals(InHouse.UNKNOWN, contactAt(survey, 5).inHouse());
    Problem problem = only(survey, ProblemKind.INVALID_IN_HOUSE);
    assertAt(problem, file.sheet(), 4, IN_HOUSE);
    assertEquals("misschien", problem.value());
    assertEquals(1, survey.problems().size(), () -> survey.problems().toString());
  }

  /** A data row at GGz with the seven answers in aspect order. */
  private static Object[] answers(String respondent, Object... values) {
    Object[] row = data(respondent, null, "GGz");
    System.arraycopy(values, 0, row, INTENSITY, values.length);
    return row;
  }
}
