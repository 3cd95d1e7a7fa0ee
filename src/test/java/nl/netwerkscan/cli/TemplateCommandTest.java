package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.Survey;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void writesAnEmptyTemplateAndSaysWhere() throws Exception {
    Path target = dir.resolve("sjabloon-2025.xlsx");

    assertEquals(0, run("template", target.toString()), err.toString());

    assertEquals("Sjabloon: " + target.toAbsolutePath(), out.toString().strip());
    assertEquals("", err.toString());
    try (Workbook book = WorkbookFactory.create(target.toFile(), null, true)) {
      assertEquals("Contacten", book.getSheetName(0));
    }
  }

  @Test
  void dutchAliasesWriteAnEnglishTemplate() throws Exception {
    Path target = dir.resolve("template.xlsx");

    assertEquals(0, run("sjabloon", target.toString(), "--taal", "en"), err.toString());

    assertTrue(out.toString().startsWith("Template: "), out.toString());
    try (Workbook book = WorkbookFactory.create(target.toFile(), null, true)) {
      assertEquals("Contacts", book.getSheetName(0));
      assertEquals("Contact person", book.getSheet("Contacts").getRow(0).getCell(3).getStringCellValue());
    }
  }

  @Test
  void fromCarriesLastYearsContactsOneRowPerRespondentOrganisationAndPerson() throws Exception {
    Path lastYear = lastYearsSurvey();
    Path target = dir.resolve("sjabloon-2025.xlsx");

    assertEquals(0, run("template", target.toString(), "--van", lastYear.toString()), err.toString());

    assertTrue(out.toString().startsWith("7 contactregels en 4 medewerkers overgenomen uit enquete-2024.xlsx"), out.toString());
    try (Workbook book = WorkbookFactory.create(target.toFile(), null, true)) {
      assertEquals(
          List.of(
              List.of("Anna", "Leidinggevende", "CWI"),
              List.of("Anna", "Leidinggevende", "CWI", "Jan"),
              List.of("Anna", "Leidinggevende", "GGz"),
              List.of("Bert", "Casemanager", "Buurthuis De Schakel", "Piet"),
              List.of("Bert", "Casemanager", "GeldZorg", "J. de Vries"),
              List.of("Carla", "Jurist", "Onbekende Stichting"),
              List.of("Carla", "Jurist", "Politie")),
          body(book.getSheet("Contacten")),
          "canonical organisation names, persons matched as one, answers and in-house left empty");
      assertEquals(
          List.of(
              List.of("Anna", "Leidinggevende", "ja"),
              List.of("Bert", "Casemanager", "ja"),
              List.of("Dirk", "Bijstandsconsulent", "nee"),
              List.of("Carla", "Jurist", "ja")),
          body(book.getSheet("Medewerkers")),
          "last year's roster, then the respondent it lacked");
      List<List<String>> organisations = body(book.getSheet("Organisaties"));
      assertTrue(organisations.contains(List.of("Buurthuis De Schakel", "Zorg")), "last year's own classification");
      assertTrue(organisations.contains(List.of("Onbekende Stichting")), "unclassified: type left for the coordinator");
      assertTrue(organisations.contains(List.of("Politie", "Voorwaardenscheppend")), "last year's type wins");
      assertFalse(organisations.contains(List.of("Politie", "Zorg")));
    }

    Survey again = SurveyReader.read(target, ImportOptions.defaults());
    assertEquals(7, again.contacts().size());
    assertEquals(
        List.of(ProblemKind.UNCLASSIFIED_ORGANISATION),
        again.problems().stream().map(p -> p.kind()).toList(),
        "only the organisation last year could not classify either: " + again.problems());
  }

  @Test
  void fromCarriesEachRespondentsUnitAndOffersTheRostersUnits() throws Exception {
    Path lastYear = dir.resolve("regio-2024.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(lastYear)) {
      sheet(book, "Contacten",
          List.of("Respondent", "Organisatie", "Intensiteit", "Gemeente"),
          List.of("Anna", "CWI", "4", "Noord"),
          List.of("Bert", "GGz", "3", ""),
          List.of("Carla", "CWI", "2", "Oost"),
          List.of("Dirk", "CWI", "2", ""));
      sheet(book, "Medewerkers",
          List.of("Respondent", "Functie", "Aangeschreven", "Team"),
          List.of("Bert", "Casemanager", "ja", "Zuid"),
          List.of("Anna", "Casemanager", "ja", "Noord"),
          List.of("Eva", "Casemanager", "ja", "Zuid"));
      book.write(stream);
    }
    Path target = dir.resolve("sjabloon-2025.xlsx");

    assertEquals(0, run("template", target.toString(), "--from", lastYear.toString()), err.toString());

    try (Workbook book = WorkbookFactory.create(target.toFile(), null, true)) {
      List<List<String>> contacts = body(book.getSheet("Contacten"));
      // Bert's unit comes from the roster, Carla's from her row; Dirk has none
      assertEquals(
          List.of(List.of("Anna", "Noord"), List.of("Bert", "Zuid"), List.of("Carla", "Oost"), List.of("Dirk", "")),
          contacts.stream().map(r -> List.of(r.get(0), r.size() > 12 ? r.get(12) : "")).toList());
      assertEquals(
          List.of(
              List.of("Bert", "Casemanager", "ja", "Zuid"),
              List.of("Anna", "Casemanager", "ja", "Noord"),
              List.of("Eva", "Casemanager", "ja", "Zuid"),
              List.of("Carla", "", "ja", "Oost"),
              List.of("Dirk", "", "ja")),
          body(book.getSheet("Medewerkers")));
      for (Sheet sheet : List.of(book.getSheet("Contacten"), book.getSheet("Medewerkers"))) {
        int column = sheet.getSheetName().equals("Contacten") ? 12 : 3;
        DataValidation list = sheet.getDataValidations().stream()
            .filter(v -> v.getRegions().getCellRangeAddresses()[0].getFirstColumn() == column)
            .findFirst().orElseThrow();
        assertArrayEquals(new String[] {"Zuid", "Noord", "Oost"}, list.getValidationConstraint().getExplicitListValues(),
            "the roster's units in the order met, then those only in the rows: " + sheet.getSheetName());
        assertEquals(DataValidation.ErrorStyle.WARNING, list.getErrorStyle(), "another unit may be typed");
      }
    }
    Survey again = SurveyReader.read(target, ImportOptions.defaults());
    assertEquals(List.of("Noord", "Zuid", "Oost", ""), again.units().stream().map(u -> u.name()).toList());
  }

  @Test
  void refusesToOverwriteTheFromSurvey() throws Exception {
    Path lastYear = lastYearsSurvey();
    byte[] before = Files.readAllBytes(lastYear);

    assertEquals(2, run("template", dir.resolve(".").resolve("enquete-2024.xlsx").toString(), "--from", lastYear.toString()));

    assertTrue(err.toString().contains("is de enquête van vorig jaar"), err.toString());
    assertArrayEquals(before, Files.readAllBytes(lastYear));
    assertEquals("", out.toString());
  }

  @Test
  void unusableFromSurveyIsExitOneAndNothingIsWritten() throws Exception {
    Path target = dir.resolve("sjabloon.xlsx");

    assertEquals(1, run("template", target.toString(), "--from", dir.resolve("weg.xlsx").toString(), "--lang", "en"));
    assertTrue(err.toString().startsWith("weg.xlsx does not exist"), err.toString());

    Path empty = Files.createFile(dir.resolve("leeg.xlsx"));
    assertEquals(1, run("template", target.toString(), "--from", empty.toString()));
    assertTrue(err.toString().contains("leeg.xlsx is leeg"), err.toString());

    assertEquals(List.of("leeg.xlsx"), names(dir), "no template, no temporary file");
  }

  @Test
  void wrongUsageIsExitTwo() throws Exception {
    assertEquals(2, run("template"));
    assertEquals(2, run("template", dir.resolve("sjabloon.xls").toString()));
    assertTrue(err.toString().contains("eindigt op .xlsx"), err.toString());
    assertEquals(2, run("template", dir.resolve("s.xlsx").toString(), "--lang", "fr"));
    Path folder = Files.createDirectory(dir.resolve("map.xlsx"));
    assertEquals(2, run("template", folder.toString()));
    assertEquals(List.of("map.xlsx"), names(dir));
  }

  @Test
  void anExistingTemplateIsReplaced() throws Exception {
    Path target = dir.resolve("sjabloon.xlsx");
    Files.writeString(target, "last year's half-written file");

    assertEquals(0, run("template", target.toString()));

    try (Workbook book = WorkbookFactory.create(target.toFile(), null, true)) {
      assertEquals(4, book.getNumberOfSheets());
    }
    assertEquals(List.of("sjabloon.xlsx"), names(dir));
  }

  /**
   * Last year: an alias (Geldzorg), one person spelt two ways (Jan, jan), an unnamed mention,
   * an organisation classified by the survey's own Organisaties sheet, a built-in one re-typed
   * there, an unclassified one, and a roster that lacks one respondent (Carla).
   */
  private Path lastYearsSurvey() throws Exception {
    Path file = dir.resolve("enquete-2024.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(file)) {
      sheet(book, "Contacten",
          List.of("Respondent", "Functie", "Organisatie", "Contactpersoon", "Inpandig", "Intensiteit"),
          List.of("Bert", "Casemanager", "Geldzorg", "J. de Vries", "ja", "4"),
          List.of("Anna", "Leidinggevende", "CWI", "Jan", "nee", "5"),
          List.of("Anna", "Leidinggevende", "CWI", "jan", "", "3"),
          List.of("Anna", "", "GGz Groningen", "", "", "2"),
          List.of("Anna", "Leidinggevende", "CWI", "", "", "1"),
          List.of("Bert", "", "De Schakel", "Piet", "", ""),
          List.of("Carla", "Jurist", "Onbekende Stichting", "", "", "3"),
          List.of("Carla", "Jurist", "Politie", "", "", "3"));
      sheet(book, "Organisaties",
          List.of("Organisatie", "Soort", "Aliassen"),
          List.of("Buurthuis De Schakel", "Zorg", "De Schakel"),
          List.of("Politie", "Voorwaardenscheppend", ""));
      sheet(book, "Medewerkers",
          List.of("Respondent", "Functie", "Aangeschreven"),
          List.of("Anna", "Leidinggevende", "ja"),
          List.of("Bert", "Casemanager", ""),
          List.of("Dirk", "Bijstandsconsulent", "nee"));
      book.write(stream);
    }
    return file;
  }

  @SafeVarargs
  private static void sheet(XSSFWorkbook book, String name, List<String>... rows) {
    Sheet sheet = book.createSheet(name);
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].size(); c++) {
        if (!rows[r].get(c).isEmpty()) {
          row.createCell(c).setCellValue(rows[r].get(c));
        }
      }
    }
  }

  /** The rows below the header, each up to its last cell. */
  private static List<List<String>> body(Sheet sheet) {
    DataFormatter format = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      List<String> texts = new ArrayList<>();
      for (Cell cell : sheet.getRow(r)) {
        while (texts.size() < cell.getColumnIndex()) {
          texts.add("");
        }
        texts.add(format.formatCellValue(cell));
      }
      rows.add(texts);
    }
    return rows;
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
