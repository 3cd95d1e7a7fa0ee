package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two units, counted by hand: GeldHulp hangs on Piet in team A (resilience 1, 3 contacts: high
 * risk) and is resilient in team B (Kees, Lies and Jan through two colleagues: resilience 2) and
 * over the whole survey (Anna-Piet, Cor-Kees, Dirk-Lies: 3; Piet's share 3/6 is not above 0.5).
 * Only Intensiteit is answered: A 5, 4, 3, 1 (mean 3.25, distance 0.4375), B 4, 2, 3 (mean 3,
 * distance 0.5), all seven 22/7 (distance 0.4643).
 */
class UnitsReportTest {
  private static final String SURVEY =
      "Respondent;Organisatie;Contactpersoon;Intensiteit;Team\n"
          + "Anna;GeldHulp;Piet;5;A\n"
          + "Anna;GeldHulp;Piet;4;A\n"
          + "Bram;GeldHulp;Piet;3;A\n"
          + "Anna;Werkhuis;Eva;1;A\n"
          + "Cor;GeldHulp;Kees;4;B\n"
          + "Dirk;GeldHulp;Lies;2;B\n"
          + "Dirk;GeldHulp;Jan;3;B\n";

  @TempDir Path dir;

  private int run(StringWriter err, String... arguments) {
    return Cli.run(arguments, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  private Path survey() throws Exception {
    Path file = dir.resolve("teams-2024.csv");
    Files.writeString(file, SURVEY, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theUnitsSheetRanksEachUnitsOwnNetworkThenAll() throws Exception {
    Path report = dir.resolve("rapport");
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, "analyse", survey().toString(), "--out", report.toString()), err.toString());

    try (Workbook book = open(report)) {
      assertEquals(
          List.of(
              List.of("Team", "Respondenten", "Contacten", "Organisaties", "Externe personen", "Hoog risico",
                  "Midden risico", "Gemiddelde afstand", "Respons"),
              List.of("A", "2", "4", "2", "2", "1", "0", "0.4375"),
              List.of("B", "2", "3", "1", "3", "0", "0", "0.5"),
              List.of("Alle", "4", "7", "2", "5", "0", "0", "0.4643")),
          table(book.getSheet("Teams")));
      assertEquals(
          List.of(
              List.of("Organisatie", "Soort", "Teams", "Teams met hoog risico", "Veerkracht", "Risico"),
              List.of("GeldHulp", "Onbekend", "2", "1", "3", "laag")),
          table(book.getSheet("Gedeelde partners")));
      List<List<String>> distances = table(book.getSheet("Afstanden per team"));
      assertEquals(List.of("Team", "Soort", "Intensiteit"), distances.get(0).subList(0, 3));
      assertEquals(List.of("A", "Onbekend", "0.4375"), distances.get(1).subList(0, 3));
      assertEquals(List.of("A", "Alle", "0.4375"), distances.get(2).subList(0, 3));
      assertEquals(List.of("B", "Onbekend", "0.5"), distances.get(3).subList(0, 3));
      assertEquals(List.of("Alle", "Alle", "0.4643"), distances.get(distances.size() - 1).subList(0, 3));
      assertEquals("laag", fragileRisk(book, "GeldHulp"), "over the whole survey");
    }
  }

  @Test
  void theSlidesRankTheUnitsAndListTheSharedPartnersAtHighRisk() throws Exception {
    Path report = dir.resolve("rapport");
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, "analyse", survey().toString(), "--out", report.toString()), err.toString());

    BufferedImage picture = ImageIO.read(report.resolve("teams.png").toFile());
    assertEquals(List.of(1600, 900), List.of(picture.getWidth(), picture.getHeight()));
    assertTrue(Files.readString(report.resolve("teams.svg")).contains("1 hoog · 0 midden"), "team A's bar label");
    try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(report.resolve("presentatie.pptx")))) {
      List<String> titles = show.getSlides().stream().map(UnitsReportTest::firstText).toList();
      int units = titles.indexOf("1 van de 2 teams heeft een organisatie met hoog risico");
      assertTrue(units > 0, titles.toString());
      assertEquals(1, show.getSlides().get(units).getShapes().stream().filter(s -> s instanceof XSLFPictureShape).count());
      XSLFSlide shared = show.getSlides().get(units + 1);
      assertEquals("1 gedeelde partner hangt in een of meer teams aan één persoon", firstText(shared));
      XSLFTable table = (XSLFTable) shared.getShapes().stream().filter(s -> s instanceof XSLFTable).findFirst().orElseThrow();
      assertEquals(2, table.getNumberOfRows());
      assertEquals(List.of("GeldHulp", "Onbekend", "2", "1", "3", "laag"),
          table.getRows().get(1).getCells().stream().map(c -> c.getText()).toList());
    }
  }

  @Test
  void teamGivesTheReportOfThatUnitAlone() throws Exception {
    Path report = dir.resolve("team-a");
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, "analyse", survey().toString(), "--out", report.toString(), "--team", "a"), err.toString());

    try (Workbook book = open(report)) {
      assertEquals("hoog", fragileRisk(book, "GeldHulp"));
      List<List<String>> summary = table(book.getSheet("Samenvatting"));
      assertEquals(List.of("Rijen gebruikt", "4"), summary.get(2));
      assertEquals(List.of("Respondenten", "2"), summary.get(5));
      assertNull(book.getSheet("Teams"), "one unit: nothing to compare");
    }
  }

  @Test
  void aTeamThatIsNotThereIsAUsageErrorNamingTheUnits() throws Exception {
    Path report = dir.resolve("team-z");
    StringWriter err = new StringWriter();

    int status = run(err, "analyse", survey().toString(), "--out", report.toString(), "--team", "Z");

    assertEquals(2, status);
    assertEquals("Geen team \"Z\" in teams-2024.csv; de teams zijn: A, B." + System.lineSeparator(), err.toString());
    assertFalse(Files.exists(report));
  }

  @Test
  void aGeneratedRollUpOfFiveUnitsHasFiveUnitRowsThenAll() throws Exception {
    Path file = dir.resolve("regio-2024.xlsx");
    Path report = dir.resolve("regio");
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, "generate", file.toString(), "--rows", "2000", "--units", "5"), err.toString());
    assertEquals(0, run(err, "analyse", file.toString(), "--out", report.toString()), err.toString());

    try (Workbook book = open(report)) {
      List<List<String>> units = table(book.getSheet("Teams"));
      assertEquals(7, units.size(), "header, five units, Alle");
      assertEquals(
          List.of("Team 1", "Team 2", "Team 3", "Team 4", "Team 5"),
          units.subList(1, 6).stream().map(row -> row.get(0)).sorted().toList());
      assertEquals("Alle", units.get(6).get(0));
      int respondents = 0;
      for (List<String> unit : units.subList(1, 6)) {
        respondents += Integer.parseInt(unit.get(1));
      }
      assertEquals(Integer.parseInt(units.get(6).get(1)), respondents);
    }
  }

  @Test
  void thePictureShowsTheFirstTwentyUnitsAndSaysHowManyMoreTheSheetLists() throws Exception {
    Path file = dir.resolve("regio-2024.xlsx");
    Path report = dir.resolve("regio");
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, "generate", file.toString(), "--rows", "2000", "--units", "25"), err.toString());
    assertEquals(0, run(err, "analyse", file.toString(), "--out", report.toString()), err.toString());

    String svg = Files.readString(report.resolve("teams.svg"));
    assertTrue(svg.contains("en nog 5 teams: zie het blad Teams."), "25 units, 20 drawn");
    try (Workbook book = open(report)) {
      List<List<String>> units = table(book.getSheet("Teams"));
      assertTrue(drawn(svg, units.get(20).get(0)), "the 20th ranked unit is drawn");
      assertFalse(drawn(svg, units.get(21).get(0)), "the 21st is not");
    }
  }

  @Test
  void moreUnitsThanRespondentsIsAUsageError() {
    StringWriter err = new StringWriter();
    int status = run(err, "generate", dir.resolve("x.xlsx").toString(), "--rows", "100", "--units", "7");
    assertEquals(2, status);
    assertTrue(err.toString().startsWith("--units moet 1 tot en met 6 zijn bij 100 rijen"), err.toString());
    assertFalse(Files.exists(dir.resolve("x.xlsx")));
  }

  @Test
  void aSurveyWithoutUnitsHasNoUnitSheets() throws Exception {
    Path file = dir.resolve("zonder.csv");
    Files.writeString(file, "Respondent;Organisatie;Contactpersoon\nAnna;GeldHulp;Piet\n", StandardCharsets.UTF_8);
    Path report = dir.resolve("zonder");
    assertEquals(0, run(new StringWriter(), "analyse", file.toString(), "--out", report.toString()));
    try (Workbook book = open(report)) {
      assertNull(book.getSheet("Teams"));
      assertNull(book.getSheet("Gedeelde partners"));
      assertNull(book.getSheet("Afstanden per team"));
    }
    assertFalse(Files.exists(report.resolve("teams.png")));
  }

  /** Whether the picture names the unit, marked small or not. */
  private static boolean drawn(String svg, String unit) {
    return svg.contains(">" + unit + "<") || svg.contains(">" + unit + " (klein)<");
  }

  private static String firstText(XSLFSlide slide) {
    return slide.getShapes().stream().filter(s -> s instanceof XSLFTextShape)
        .map(s -> ((XSLFTextShape) s).getText()).findFirst().orElse("");
  }

  private static Workbook open(Path report) throws Exception {
    return WorkbookFactory.create(report.resolve("rapport.xlsx").toFile(), null, true);
  }

  private static String fragileRisk(Workbook book, String organisation) {
    for (List<String> row : table(book.getSheet("Kwetsbare contacten"))) {
      if (row.get(0).equals(organisation)) {
        return row.get(8);
      }
    }
    throw new AssertionError("no row for " + organisation);
  }

  /** Every row as text: numbers as their value (rounded to 4 decimals), not their display. */
  private static List<List<String>> table(Sheet sheet) {
    DataFormatter format = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
          double value = Math.round(cell.getNumericCellValue() * 10000) / 10000.0;
          cells.add(value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
        } else {
          cells.add(cell == null ? "" : format.formatCellValue(cell));
        }
      }
      rows.add(cells);
    }
    assertTrue(rows.size() > 0);
    return rows;
  }
}
