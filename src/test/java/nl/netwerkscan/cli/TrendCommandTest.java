package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trend} on three real CSV surveys, the story of analysis/TrendSurveys: Museum Technische
 * Werken hangs on Kees every year, CWI recovered after 2022, GeldZorg hangs on Dirk (who joined)
 * in 2024, Alfacollege is gone in 2024, Kliq and Eva are away in 2023, Fenna left in 2024.
 */
class TrendCommandTest {
  private static final String HEADER = "Respondent;Functie;Organisatie;Contactpersoon;Intensiteit;Vertrouwen\n";
  /** The people of the surveys whose names are long enough not to occur inside other words. */
  private static final List<String> PEOPLE =
      List.of("Anna", "Bert", "Cees", "Dirk", "Fenna", "Kees", "Piet", "Olga", "Quin", "Yara", "Sara");
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static String trio(String organisation, String first, String second, String third, String intensity, String trust) {
    String answers = ";" + intensity + ";" + trust + "\n";
    return "Anna;Casemanager;" + organisation + ";" + first + answers
        + "Bert;Casemanager;" + organisation + ";" + second + answers
        + "Cees;Casemanager;" + organisation + ";" + third + answers;
  }

  private static final String ALFACOLLEGE =
      "Bert;Casemanager;Alfacollege;Wim;;\nBert;Casemanager;Alfacollege;Xia;;\nBert;Casemanager;Alfacollege;Yara;;\n";

  private Path survey2022() throws Exception {
    return csv("enquete-2022.csv", HEADER + trio("Museum Technische Werken", "Kees", "Kees", "Kees", "5", "")
        + trio("CWI", "Jan", "Jan", "Jan", "", "1") + trio("GeldZorg", "Ria", "Sam", "Tom", "", "") + ALFACOLLEGE
        + trio("SVB", "Olga", "Olga", "Olga", "", "") + "Eva;Leidinggevende;Kliq;Sara;;\n"
        + "Fenna;Casemanager;GGz;Els;;\nAnna;Casemanager;GGz;Els;;\n");
  }

  private Path survey2023() throws Exception {
    return csv("enquete-2023.csv", HEADER + trio("Museum Technische Werken", "Kees", "Kees", "Kees", "4", "")
        + trio("CWI", "Jan", "Piet", "Mia", "", "") + trio("GeldZorg", "Ria", "Sam", "Tom", "", "") + ALFACOLLEGE
        + trio("SVB", "Olga", "Pim", "Quin", "", "") + "Fenna;Casemanager;GGz;Els;;\nAnna;Casemanager;GGz;Els;;\n");
  }

  private Path survey2024() throws Exception {
    return csv("enquete-2024.csv", HEADER + trio("Museum Technische Werken", "Kees", "Kees", "Kees", "3", "")
        + trio("CWI", "Jan", "Piet", "Mia", "", "3")
        + "Dirk;Schuldhulpverlener;GeldZorg;Ria;;\nDirk;Schuldhulpverlener;GeldZorg;Sam;;\nDirk;Schuldhulpverlener;GeldZorg;Tom;;\n"
        + trio("SVB", "Olga", "Olga", "Olga", "", "") + "Eva;Leidinggevende;Kliq;Sara;;\nAnna;Casemanager;GGz;Els;;\n");
  }

  private Path csv(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  /** Runs trend with the years given out of order; returns the report folder. */
  private Path trend(String... options) throws Exception {
    Path report = dir.resolve("trend");
    List<String> args = new ArrayList<>(List.of("trend", survey2024().toString(), survey2022().toString(),
        survey2023().toString(), "--out", report.toString()));
    args.addAll(List.of(options));
    assertEquals(0, run(args.toArray(String[]::new)), err.toString());
    return report;
  }

  @Test
  void yearsInOrderOfTheFileNamesAndTheTerminalSummary() throws Exception {
    Path report = trend();
    try (XSSFWorkbook book = workbook(report.resolve("trend.xlsx"))) {
      assertEquals(List.of("Samenvatting", "Organisaties", "Afstanden", "Relaties"), sheetNames(book));
      Sheet summary = book.getSheet("Samenvatting");
      assertEquals(List.of("Kenmerk", "2022", "2023", "2024"), texts(summary.getRow(0)));
      assertEquals(List.of("Enquêtebestand", "enquete-2022.csv", "enquete-2023.csv", "enquete-2024.csv"), texts(summary.getRow(1)));
      assertEquals(List.of("Hoog risico", "4", "2", "3"), texts(summary.getRow(5)));
      assertEquals(List.of("Relaties verloren (sinds het jaar ervoor)", "", "5", "9"), texts(summary.getRow(10)));
    }
    assertEquals(
        "3 enquêtes, 2022–2024.\nBlijvend kwetsbaar (1): Museum Technische Werken.\nNieuw kwetsbaar (1): GeldZorg.\n"
            + "Hersteld (1): CWI.\nRapport: " + report.toAbsolutePath().normalize() + "\n",
        out.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void organisationsPerYearWithTheirPattern() throws Exception {
    try (XSSFWorkbook book = workbook(trend().resolve("trend.xlsx"))) {
      Sheet sheet = book.getSheet("Organisaties");
      assertEquals(
          List.of("Organisatie", "Soort", "Contacten 2022", "Contacten 2023", "Contacten 2024", "Medewerkers 2022",
              "Medewerkers 2023", "Medewerkers 2024", "Veerkracht 2022", "Veerkracht 2023", "Veerkracht 2024",
              "Risico 2022", "Risico 2023", "Risico 2024", "Patroon"),
          texts(sheet.getRow(0)));
      assertEquals(
          List.of("Museum Technische Werken", "Werk", "3", "3", "3", "3", "3", "3", "1", "1", "1", "hoog", "hoog", "hoog",
              "blijvend kwetsbaar"),
          texts(sheet.getRow(1)));
      assertEquals(
          List.of("GeldZorg", "Zorg", "3", "3", "3", "3", "3", "1", "3", "3", "1", "laag", "laag", "hoog", "nieuw kwetsbaar"),
          texts(sheet.getRow(2)));
      assertEquals("hersteld", texts(sheet.getRow(3)).get(14));
      // SVB: high, low, high again: no pattern. Kliq: no contacts in 2023, blank cells.
      assertEquals(List.of("SVB", ""), List.of(texts(sheet.getRow(4)).get(0), texts(sheet.getRow(4)).get(14)));
      assertEquals(
          List.of("Kliq", "Werk", "1", "", "1", "1", "", "1", "1", "", "1", "laag", "", "laag", ""),
          texts(sheet.getRow(6)));
      assertEquals(List.of("Alfacollege", "hoog", ""), List.of(texts(sheet.getRow(7)).get(0), texts(sheet.getRow(7)).get(12), texts(sheet.getRow(7)).get(13)));
    }
  }

  @Test
  void relationsAndDistancesWithTheirLineChart() throws Exception {
    try (XSSFWorkbook book = workbook(trend().resolve("trend.xlsx"))) {
      Sheet relations = book.getSheet("Relaties");
      assertEquals(List.of("Van", "Naar", "Organisatie", "Soort", "Behouden", "Nieuw", "Verloren"), texts(relations.getRow(0)));
      assertEquals(List.of("2022", "2023", "CWI", "CWI", "1", "2", "2"), texts(relations.getRow(1)));
      assertEquals(List.of("2023", "2024", "Alfacollege", "Opleiding", "0", "0", "3"), texts(relations.getRow(8)));
      assertEquals(List.of("2023", "2024", "GeldZorg", "Zorg", "0", "3", "3"), texts(relations.getRow(9)));
      assertEquals(14, relations.getLastRowNum());
      XSSFSheet distances = book.getSheet("Afstanden");
      assertEquals(List.of("Soort", "Aspect", "2022", "2023", "2024"), texts(distances.getRow(0)));
      assertEquals(List.of("CWI", "Gemiddeld", "1.00", "", "0.50"), texts(distances.getRow(8)));
      assertEquals(List.of("Werk", "Gemiddeld", "0.00", "0.25", "0.50"), texts(distances.getRow(16)));
      List<XSSFChart> charts = distances.getDrawingPatriarch().getCharts();
      assertEquals(1, charts.size());
      var series = charts.get(0).getChartSeries().get(0).getSeriesCount();
      assertEquals(2, series, "only the types with answers: CWI and Werk");
      var werk = charts.get(0).getChartSeries().get(0).getSeries(1);
      assertEquals("Afstanden!$C$17:$E$17", werk.getValuesData().getDataRangeReference());
      assertEquals(0.25, werk.getValuesData().getPointAt(1).doubleValue());
    }
  }

  @Test
  void timelinePictureAndSlides() throws Exception {
    Path report = trend();
    String gexf = Files.readString(report.resolve("netwerk-tijdlijn.gexf"));
    assertTrue(gexf.contains("mode=\"dynamic\""));
    // Eva is away in 2023: two spells. Spells are checked in detail by NetworkTimelineTest.
    Matcher eva = Pattern.compile("<node id=\"(n\\d+)\" label=\"Eva\">.*?</node>", Pattern.DOTALL).matcher(gexf);
    assertTrue(eva.find());
    assertEquals(2, eva.group().split("<spell ").length - 1);
    assertTrue(Files.size(report.resolve("verloop.png")) > 10_000);
    assertTrue(Files.readString(report.resolve("verloop.svg")).contains("Museum Technische Werken: 3 jaar op rij, via Kees (extern)"));
    try (InputStream in = new FileInputStream(report.resolve("verloop.pptx").toFile());
        XMLSlideShow show = new XMLSlideShow(in)) {
      assertEquals(4, show.getSlides().size());
      XSLFTable table =
          show.getSlides().get(3).getShapes().stream()
              .filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).findFirst().orElseThrow();
      assertEquals(2, table.getNumberOfRows());
      assertEquals("Museum Technische Werken", table.getCell(1, 0).getText());
      assertEquals("3", table.getCell(1, 2).getText());
      assertEquals("Kees (extern)", table.getCell(1, 3).getText());
      assertEquals("1 organisatie hangt jaar na jaar aan één persoon", title(show.getSlides().get(3)));
      assertEquals("Sinds 2022: 1 hersteld, 1 nieuw kwetsbaar", title(show.getSlides().get(1)));
      // 2022: Museum's intensity 5 (distance 0) and CWI's trust 1 (distance 1), three answers each;
      // 2024: both 3 (distance 0.5): the same mean, said as such
      assertEquals("Partners staan even dichtbij als in 2022: afstand 0,50 in 2022, 0,50 in 2024",
          title(show.getSlides().get(2)));
    }
  }

  @Test
  void inEnglish() throws Exception {
    Path report = trend("--lang", "en");
    try (Stream<Path> files = Files.list(report)) {
      assertEquals(
          List.of("network-timeline.gexf", "trend.png", "trend.pptx", "trend.svg", "trend.xlsx"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    try (XSSFWorkbook book = workbook(report.resolve("trend.xlsx"))) {
      assertEquals(List.of("Summary", "Organisations", "Distances", "Relations"), sheetNames(book));
      assertEquals("persistently fragile", texts(book.getSheet("Organisations").getRow(1)).get(14));
    }
  }

  @Test
  void oneCodePerPersonAcrossTheYearsAndNoNameInAnyFile() throws Exception {
    Path report = trend("--pseudonymise");
    StringBuilder everything = new StringBuilder(out.toString());
    try (Stream<Path> files = Files.list(report)) {
      for (Path file : files.toList()) {
        everything.append(PseudonymiseTest.contents(file));
      }
    }
    for (String name : PEOPLE) {
      assertFalse(everything.toString().contains(name), name + " in the output");
    }
    // Kees carries the museum every year: the picture names his code, and the timeline has that
    // code as one node, present from 2022 to 2024.
    Matcher kees =
        Pattern.compile("Museum Technische Werken: 3 jaar op rij, via (P\\d{3}) \\(extern\\)")
            .matcher(Files.readString(report.resolve("verloop.svg")));
    assertTrue(kees.find());
    String gexf = Files.readString(report.resolve("netwerk-tijdlijn.gexf"));
    Matcher nodes =
        Pattern.compile("<node id=\"n\\d+\" label=\"" + kees.group(1) + "\">.*?</node>", Pattern.DOTALL).matcher(gexf);
    assertTrue(nodes.find());
    assertTrue(nodes.group().contains("<spell start=\"2022.0\" end=\"2024.0\""), nodes.group());
    assertFalse(nodes.find(), "one node for Kees");
  }

  @Test
  void theSameYearTwiceIsWrongUsageNamingBothFiles() throws Exception {
    Path other = csv("extra-2023.csv", HEADER + "Anna;Casemanager;CWI;Jan;;\n");
    assertEquals(2, run("trend", survey2023().toString(), survey2022().toString(), other.toString(), "--out", dir.resolve("t").toString()));
    assertEquals(
        survey2023() + " en " + other + " zijn allebei van 2023: geef één enquête per jaar.",
        err.toString().lines().findFirst().orElseThrow());
    assertFalse(Files.exists(dir.resolve("t")));
  }

  @Test
  void oneSurveyIsWrongUsage() throws Exception {
    Path survey = survey2022();
    assertEquals(2, run("trend", survey.toString()));
    assertEquals(
        "trend toont het verloop over de jaren en heeft twee of meer enquêtes nodig; u gaf er één (" + survey
            + "). Voor één jaar: netwerkscan analyse " + survey,
        err.toString().lines().findFirst().orElseThrow());
    assertEquals(2, run("trend"));
  }

  @Test
  void withoutYearsInTheNamesTheOrderGiven() throws Exception {
    Path first = Files.copy(survey2024(), dir.resolve("najaar.csv"));
    Path second = Files.copy(survey2022(), dir.resolve("voorjaar.csv"));
    Path report = dir.resolve("t");
    assertEquals(0, run("trend", first.toString(), second.toString(), "--out", report.toString()), err.toString());
    try (XSSFWorkbook book = workbook(report.resolve("trend.xlsx"))) {
      assertEquals(List.of("Kenmerk", "najaar", "voorjaar"), texts(book.getSheet("Samenvatting").getRow(0)));
    }
    assertEquals(Path.of("reports", "trend-2022-2024"),
        TrendCommand.defaultFolder(List.of(new TrendCommand.Dated(first, "2022", 2022), new TrendCommand.Dated(second, "2024", 2024))));
  }

  @Test
  void anUnusableSurveyNamesItselfAndWritesNothing() throws Exception {
    Path broken = csv("enquete-2021.csv", "Naam;Iets\nAnna;x\n");
    Path report = dir.resolve("t");
    assertEquals(1, run("trend", broken.toString(), survey2022().toString(), "--out", report.toString()));
    assertTrue(err.toString().contains("enquete-2021.csv"), err.toString());
    assertFalse(Files.exists(report));
  }

  private static XSSFWorkbook workbook(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> sheetNames(XSSFWorkbook book) {
    List<String> names = new ArrayList<>();
    book.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  /** The row's cells as shown, blanks included, as wide as the header row. */
  private static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.getSheet().getRow(0).getLastCellNum(); c++) {
      texts.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
    }
    return texts;
  }

  private static String title(org.apache.poi.xslf.usermodel.XSLFSlide slide) {
    return slide.getShapes().stream().filter(org.apache.poi.xslf.usermodel.XSLFTextShape.class::isInstance)
        .map(s -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) s).getText()).findFirst().orElse("");
  }
}
