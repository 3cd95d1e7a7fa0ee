package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  /** ChangeStyle's gained (blue) and lost (red) colours, the ends of ColorBrewer's RdBu. */
  private static final int GAINED = 0x2166AC;
  private static final int LOST = 0xB2182B;
  /** Every respondent and contact person of both surveys. */
  private static final List<String> PEOPLE =
      List.of("Anna", "Bert", "Cees", "Dirk", "Eva", "Kees", "Lotte", "Els", "Fenna", "Jan", "Piet", "Mia",
          "Xander", "Yvonne", "Zoë", "Sara");
  private static final String HEADER = "Respondent;Functie;Organisatie;Contactpersoon\n";
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /**
   * Old year: Museum Technische Werken hangs on Kees; Dirk alone keeps GGz; CWI hangs on Jan;
   * WPG has three staff with three persons.
   */
  private Path oldSurvey() throws Exception {
    return csv("enquete-2023.csv", HEADER
        + "Anna;Casemanager;Museum Technische Werken;Kees\nBert;Casemanager;Museum Technische Werken;Kees\n"
        + "Cees;Casemanager;Museum Technische Werken;Kees\n"
        + "Dirk;Bijstandsconsulent;GGz;Els\nDirk;Bijstandsconsulent;GGz;Fenna\n"
        + "Anna;Casemanager;CWI;Jan\nBert;Casemanager;CWI;Jan\nCees;Casemanager;CWI;Jan\n"
        + "Anna;Casemanager;WPG;Xander\nBert;Casemanager;WPG;Yvonne\nCees;Casemanager;WPG;Zoë\n");
  }

  /**
   * New year: Kees replaced by Lotte (still one person: same); Dirk left, GGz gone; CWI gained
   * Piet and Mia (stronger); WPG now hangs on Xander (weaker); Eva joined and brought Kliq (new).
   */
  private Path newSurvey() throws Exception {
    return csv("enquete-2024.csv", HEADER
        + "Anna;Casemanager;Museum Technische Werken;Lotte\nBert;Casemanager;Museum Technische Werken;Lotte\n"
        + "Cees;Casemanager;Museum Technische Werken;Lotte\n"
        + "Anna;Casemanager;CWI;Jan\nBert;Casemanager;CWI;Piet\nCees;Casemanager;CWI;Mia\n"
        + "Anna;Casemanager;WPG;Xander\nBert;Casemanager;WPG;Xander\nCees;Casemanager;WPG;Xander\n"
        + "Eva;Leidinggevende;Kliq;Sara\n");
  }

  private Path csv(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void eachChangeLabelAndTheLostContactLine() throws Exception {
    Path report = dir.resolve("vergelijking");
    assertEquals(0, run("compare", oldSurvey().toString(), newSurvey().toString(), "--out", report.toString()), err.toString());

    try (Workbook book = WorkbookFactory.create(report.resolve("vergelijking.xlsx").toFile(), null, true)) {
      assertEquals(List.of("Samenvatting", "Organisaties", "Afstanden", "Medewerkers"),
          List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)));
      Map<String, List<String>> organisations = rows(book.getSheet("Organisaties"));
      assertEquals("nieuw", last(organisations.get("Kliq")));
      assertEquals("verdwenen", last(organisations.get("GGz")));
      assertEquals("sterker", last(organisations.get("CWI")));
      assertEquals("zwakker", last(organisations.get("WPG")));
      assertEquals("gelijk", last(organisations.get("Museum Technische Werken")));
      // CWI: contacts 3 → 3, staff 3 → 3, persons 1 → 3, resilience 1 → 3, risk hoog → laag
      assertEquals(List.of("CWI", "CWI", "3", "3", "3", "3", "1", "3", "1", "3", "hoog", "laag", "sterker"),
          organisations.get("CWI"));
      // GGz had no contacts in the new year: its new columns are blank
      assertEquals(List.of("GGz", "Zorg", "2", "", "1", "", "2", "", "1", "", "laag", "", "verdwenen"),
          organisations.get("GGz"));

      Map<String, List<String>> staff = rows(book.getSheet("Medewerkers"));
      assertEquals(List.of("Dirk", "Bijstandsconsulent", "vertrokken", "GGz"), staff.get("Dirk"));
      assertEquals(List.of("Eva", "Leidinggevende", "nieuw"), staff.get("Eva"));
      assertEquals(2, staff.size() - 1);
    }
    assertTrue(out.toString().contains("Verloren hun enige contact met ons toen een collega vertrok: GGz."), out.toString());
    assertTrue(out.toString().contains("1 nieuw, 1 verdwenen, 1 sterker, 1 zwakker, 1 gelijk"), out.toString());
  }

  @Test
  void theChangePictureShowsGainedAndLostRelationsWithoutNames() throws Exception {
    Path report = dir.resolve("change");
    assertEquals(0, run("compare", oldSurvey().toString(), newSurvey().toString(), "--out", report.toString(), "--lang", "en"));

    BufferedImage image = ImageIO.read(report.resolve("change.png").toFile());
    assertTrue(image.getWidth() >= 1600 && image.getHeight() >= 1200, image.getWidth() + "x" + image.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertTrue(colours.size() > 50, "looks blank");
    assertTrue(colours.contains(GAINED), "no gained relation (Kliq) drawn");
    assertTrue(colours.contains(LOST), "no lost relation (GGz) drawn");

    String svg = Files.readString(report.resolve("change.svg"), StandardCharsets.UTF_8);
    assertTrue(svg.contains("enquete-2023.csv \u2192 enquete-2024.csv"), "title names both surveys");
    for (String organisation : List.of("Kliq", "GGz", "CWI", "WPG", "Museum Technische Werken")) {
      assertTrue(svg.contains(">" + organisation + "<"), organisation + " missing");
    }
    for (String person : PEOPLE) {
      assertFalse(Pattern.compile("\\b" + person + "\\b").matcher(svg).find(), person + " in change.svg");
    }
  }

  @Test
  void theChangePictureIsTheSameTwice() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    assertEquals(0, run("compare", oldSurvey().toString(), newSurvey().toString(), "--out", first.toString()));
    assertEquals(0, run("compare", oldSurvey().toString(), newSurvey().toString(), "--out", second.toString()));
    for (String name : List.of("verandering.png", "verandering.svg")) {
      assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
    }
  }

  @Test
  void pseudonymisedComparisonKeepsOneCodePerPersonAcrossYears() throws Exception {
    Path report = dir.resolve("p");
    assertEquals(0, run("compare", oldSurvey().toString(), newSurvey().toString(), "--out", report.toString(), "--pseudonymise"));
    try (Workbook book = WorkbookFactory.create(report.resolve("vergelijking.xlsx").toFile(), null, true)) {
      Map<String, List<String>> staff = rows(book.getSheet("Medewerkers"));
      // Anna M01, Bert M02, Cees M03, Dirk M04 in the old year; Eva gets M05 in the new one
      assertEquals(List.of("M04", "Bijstandsconsulent", "vertrokken", "GGz"), staff.get("M04"));
      assertEquals(List.of("M05", "Leidinggevende", "nieuw"), staff.get("M05"));
    }
  }

  @Test
  void defaultFolderIsOldVersusNew() {
    assertEquals(Path.of("reports", "enquete-2023-vs-enquete-2024"),
        CompareCommand.defaultFolder(Path.of("in", "enquete-2023.xlsx"), Path.of("enquete-2024.csv")));
  }

  @Test
  void unusableSurveyIsExitOne() throws Exception {
    assertEquals(1, run("compare", oldSurvey().toString(), dir.resolve("weg.xlsx").toString()));
    assertTrue(err.toString().startsWith("weg.xlsx bestaat niet"), err.toString());
  }

  /** Rows by their first cell, each as its formatted cells (blank cells as ""). */
  private static Map<String, List<String>> rows(Sheet sheet) {
    DataFormatter format = new DataFormatter();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Row row : sheet) {
      List<String> cells = new java.util.ArrayList<>();
      for (int c = 0; c < row.getLastCellNum(); c++) {
        cells.add(format.formatCellValue(row.getCell(c)));
      }
      rows.put(cells.get(0), cells);
    }
    return rows;
  }

  private static String last(List<String> row) {
    return row.get(row.size() - 1);
  }
}
