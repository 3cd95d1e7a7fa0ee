package nl.netwerkscan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import nl.netwerkscan.importer.SurveyFiles.SurveyFile;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.Location;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.Survey;

/** Reads test files through the front door and asserts what came out, by cell. */
final class Imports {
  private Imports() {}

  static Survey read(SurveyFile file) {
    return read(file.path(), ImportOptions.defaults());
  }

  static Survey read(Path file, ImportOptions options) {
    try {
      return SurveyReader.read(file, options);
    } catch (SurveyException e) {
      throw new AssertionError("unexpected " + e.getMessage(), e);
    }
  }

  static SurveyException failure(Path file) {
    return assertThrows(SurveyException.class, () -> SurveyReader.read(file, ImportOptions.defaults()));
  }

  static List<Problem> problems(Survey survey, ProblemKind kind) {
    return survey.problems().stream().filter(p -> p.kind() == kind).toList();
  }

  /** The one problem of {@code kind}, failing when there are none or several. */
  static Problem only(Survey survey, ProblemKind kind) {
    List<Problem> found = problems(survey, kind);
    assertEquals(1, found.size(), () -> "problems of kind " + kind + ": " + survey.problems());
    return found.get(0);
  }

  /** Exactly these problems, in this order, by kind and cell. */
  static void assertProblems(Survey survey, Problem... expected) {
    assertEquals(List.of(expected), survey.problems());
  }

  static void assertAt(Problem problem, String sheet, int row, int column) {
    assertEquals(new Location(sheet, row, column), problem.location(), () -> problem.toString());
  }

  static void assertAtRow(Problem problem, String sheet, int row) {
    assertEquals(Location.row(sheet, row), problem.location(), () -> problem.toString());
  }

  /** The contact made from spreadsheet row {@code row}. */
  static Contact contactAt(Survey survey, int row) {
    return survey.contacts().stream()
        .filter(c -> c.row() == row)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no contact from row " + row + " in " + survey.contacts()));
  }
}
