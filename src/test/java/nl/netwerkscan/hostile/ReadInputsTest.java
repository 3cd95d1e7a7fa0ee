package nl.netwerkscan.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.netwerkscan.hostile.Corpus.Run;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Location;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.Survey;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corpus files that are odd but usable: each is read (exit 0, the report written, the rows
 * counted on the terminal), and what was read is checked cell by cell.
 */
class ReadInputsTest {
  @TempDir Path dir;

  private Run analyse(String name) {
    Run run = Corpus.analyse(Corpus.copy(name, dir), dir.resolve("rapport"));
    assertEquals(0, run.status(), run::err);
    assertEquals("", run.err());
    assertTrue(Files.isRegularFile(dir.resolve("rapport/rapport.xlsx")));
    return run;
  }

  private Survey read(String name) throws Exception {
    Path file = dir.resolve(name);
    return SurveyReader.read(Files.exists(file) ? file : Corpus.copy(name, dir), ImportOptions.defaults());
  }

  private static Contact at(Survey survey, int row) {
    return survey.contacts().stream().filter(c -> c.row() == row).findFirst().orElseThrow();
  }

  @Test
  void anExcel97WorkbookIsRead() throws Exception {
    assertTrue(analyse("excel97.xls").out().contains("Rijen gelezen 3: gebruikt 3, afgewezen 0, dubbel 0."));
    assertEquals(4, at(read("excel97.xls"), 2).answers().raw(Aspect.INTENSITY));
  }

  /**
   * Excel keeps a merged cell's value in its top-left cell only, and the sheet's list of merged
   * ranges comes after its rows, so a streaming reader cannot spread the value: the rows under
   * it have no respondent and are rejected, each listed in Problemen (nothing silently lost).
   */
  @Test
  void mergedRespondentCellsLeaveTheRowsBelowWithoutRespondentAndSaySo() throws Exception {
    assertTrue(analyse("samengevoegd.xlsx").out().contains("Rijen gelezen 4: gebruikt 2, afgewezen 2, dubbel 0."));
    List<Problem> missing =
        read("samengevoegd.xlsx").problems().stream().filter(p -> p.kind() == ProblemKind.MISSING_RESPONDENT).toList();
    assertEquals(
        List.of(new Location("Contacten", 3, 0), new Location("Contacten", 4, 0)),
        missing.stream().map(Problem::location).toList());
  }

  /**
   * Hidden is not deleted: a hidden Contacten sheet is still the Contacten sheet, and hidden
   * rows are data (people hide rows to tidy the view, not to withdraw answers).
   */
  @Test
  void aHiddenContactsSheetAndHiddenRowsAreRead() throws Exception {
    assertTrue(analyse("verborgen.xlsx").out().contains("Rijen gelezen 3: gebruikt 3, afgewezen 0, dubbel 0."));
    Survey survey = read("verborgen.xlsx");
    assertEquals("Carla", at(survey, 4).respondent().name());
  }

  @Test
  void datesAndBooleansWhereTextIsExpectedAreReadAsTheirText() throws Exception {
    analyse("datums-en-waar.xlsx");
    Survey survey = read("datums-en-waar.xlsx");
    assertEquals("2024-03-01", at(survey, 2).respondent().name());
    assertEquals(InHouse.YES, at(survey, 2).inHouse());
    assertEquals("112", at(survey, 3).organisation().name());
    assertEquals(InHouse.NO, at(survey, 3).inHouse());
  }

  @Test
  void formulasGiveTheirCachedValueAndAreNeverEvaluated() throws Exception {
    analyse("formules.xlsx");
    Contact contact = at(read("formules.xlsx"), 2);
    assertEquals("GGz", contact.organisation().name(), "the cached value, not UW&V");
    assertEquals(5, contact.answers().raw(Aspect.INTENSITY), "the cached 5, not 1+1");
    assertEquals(4, contact.answers().raw(Aspect.IMPORTANCE), "WEBSERVICE is never called");
  }

  @Test
  void aWindows1252CsvIsDetectedAndItsLettersKept() throws Exception {
    assertTrue(analyse("windows-1252.csv").out().contains("Rijen gelezen 2: gebruikt 2, afgewezen 0, dubbel 0."));
    Contact contact = at(read("windows-1252.csv"), 2);
    assertEquals("Zoë Çelik", contact.respondent().name());
    assertEquals("Café De Brûg", contact.organisation().name());
    assertEquals("José Müller", contact.person().orElseThrow().name());
    assertEquals("Stichting €uro", at(read("windows-1252.csv"), 3).organisation().name());
  }

  @Test
  void emojiAndRightToLeftNamesComeOutOfTheWorkbookIntact() throws Exception {
    analyse("unicode.xlsx");
    try (Workbook book = WorkbookFactory.create(dir.resolve("rapport/rapport.xlsx").toFile(), null, true)) {
      List<String> texts = Reports.texts(book);
      for (String[] row : Names.UNICODE) {
        // organisations and persons are in Kwetsbare contacten and Vertrekscenario, staff there too
        for (String name : row) {
          assertTrue(texts.contains(name), () -> name + " not in " + texts);
        }
      }
    }
  }
}
