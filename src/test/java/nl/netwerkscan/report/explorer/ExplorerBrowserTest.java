package nl.netwerkscan.report.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkscan.cli.Cli;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.Pdf;

/**
 * The example report's explorer in Debian's real headless Chromium, opened from disk as a user
 * would by double-click: it loads nothing, logs no error, shows every organisation, and its
 * departure simulation gives the figures of {@code analyse --leave} on the same people.
 */
class ExplorerBrowserTest {
  private static final Path EXAMPLE = Path.of("surveys", "voorbeeld-2024.xlsx");
  @TempDir static Path dir;
  private static Path report;
  private HeadlessBrowser browser;

  @BeforeAll
  static void analyseTheExample() {
    report = analyse("rapport");
  }

  private static Path analyse(String folder, String... options) {
    Path out = dir.resolve(folder);
    List<String> arguments = new ArrayList<>(List.of("analyse", EXAMPLE.toString(), "--out", out.toString()));
    arguments.addAll(List.of(options));
    StringWriter err = new StringWriter();
    int status = Cli.run(arguments.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, status, err.toString());
    return out;
  }

  @BeforeEach
  void openTheExplorer() {
    HeadlessBrowser.assumeInstalled();
    browser = HeadlessBrowser.start();
    browser.open(report.resolve("verkenner.html"));
  }

  @AfterEach
  void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void opensWithoutErrorsAndWithoutAnyRequestAndShowsEveryOrganisation() throws Exception {
    List<String> expected = column(report, "Kwetsbare contacten", 0);
    assertEquals(91, expected.size(), "the example survey's organisations");

    @SuppressWarnings("unchecked")
    List<String> shown = (List<String>) browser.script(
        "return window.netwerkscanExplorer.cy.nodes('.organisation').map(n => n.data('label'));");

    assertEquals(List.of(), browser.consoleErrors());
    assertEquals(List.of(), browser.networkRequests());
    assertEquals(expected.stream().sorted().toList(), shown.stream().sorted().toList());
    browser.screenshot(picture("verkenner.png"));
    assertEquals("Verkenner: Sociale dienst 2024", browser.driver().getTitle());
    assertTrue(text("privacy").contains("namen"), text("privacy"));
  }

  @Test
  void searchFindsGeldZorgAndItsPanelShowsItsSingleCarrier() {
    search("geldz");
    List<WebElement> results = browser.driver().findElements(By.cssSelector("#results li.result"));
    assertEquals(List.of("GeldZorg"), results.stream().map(r -> r.findElement(By.tagName("span")).getText()).toList());

    results.get(0).click();

    assertEquals("GeldZorg", browser.driver().findElement(By.cssSelector("#details h2")).getText());
    List<WebElement> carriers = browser.driver().findElements(By.cssSelector("#details li.carrier"));
    assertEquals(1, carriers.size());
    assertTrue(carriers.get(0).getText().startsWith("Bram Koster"), carriers.get(0).getText());
    assertTrue(text("details").contains("Alle contact loopt via één externe persoon: Bram Koster."));
    assertEquals(List.of(), browser.consoleErrors());
  }

  /** Three clicks: the search result, the carrier's tick box, and the answer is there. */
  @Test
  void tickingGeldZorgsCarrierGivesTheFiguresOfAnalyseLeave() throws Exception {
    search("GeldZorg");
    browser.driver().findElement(By.cssSelector("#results li.result")).click();
    browser.driver().findElement(By.cssSelector("#details li.carrier input.leave")).click();

    List<List<String>> simulated = simulation();
    assertEquals("GeldZorg", simulated.get(0).get(0));
    assertEquals("geen contact meer", simulated.get(0).get(1));
    assertEquals(scenario(analyse("leave-bram", "--leave", "Bram Koster")), simulated);
    assertEquals("lost", browser.script(
        "return window.netwerkscanExplorer.cy.nodes().filter(n => n.data('label') === 'GeldZorg')[0].hasClass('lost') ? 'lost' : 'kept';"));
    browser.screenshot(picture("verkenner-geldzorg.png"));
  }

  /** The pictures for the README are the ones these tests see, in target/explorer. */
  private static Path picture(String name) throws java.io.IOException {
    Path folder = java.nio.file.Files.createDirectories(Path.of("target", "explorer"));
    return folder.resolve(name);
  }

  @Test
  void ourStaffAndTheirPeopleLeaveTogetherAsWithLeave() throws Exception {
    for (String name : List.of("Bram Koster", "Bart Bakker", "Niels Bakker")) {
      search(name);
      browser.driver().findElement(By.cssSelector("#results li.result")).click();
      browser.driver().findElement(By.cssSelector("#details h2 input.leave")).click();
    }

    List<List<String>> simulated = simulation();
    List<List<String>> expected = scenario(analyse("leave-three", "--leave", "Bram Koster,Bart Bakker,Niels Bakker"));
    assertTrue(expected.size() > 10, "Niels Bakker has many organisations: " + expected.size());
    assertEquals(expected, simulated);
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void filtersHideAndShowByTypeAndByRisk() {
    assertEquals(91L, visibleOrganisations());
    long finance = (Long) browser.script(
        "return window.netwerkscanExplorer.cy.nodes('.organisation').filter(n => n.data('colour') === '#E69F00').length;");
    assertTrue(finance > 5, "the example has finance partners: " + finance);

    filter("Geld");
    assertEquals(91L - finance, visibleOrganisations());
    filter("Geld");
    assertEquals(91L, visibleOrganisations());

    filter("laag (82)");
    assertEquals(9L, visibleOrganisations(), "4 high and 5 medium");
    filter("midden (5)");
    assertEquals(4L, visibleOrganisations());
  }

  /** On paper the page is the selected organisation only: no network, filters or simulation. */
  @Test
  void thePrintViewIsTheSelectedOrganisationsPage() throws Exception {
    search("GeldZorg");
    browser.driver().findElement(By.cssSelector("#results li.result")).click();

    Pdf pdf = ((PrintsPage) browser.driver()).print(new PrintOptions());
    byte[] bytes = java.util.Base64.getDecoder().decode(pdf.getContent());
    java.nio.file.Files.write(picture("verkenner-geldzorg.pdf"), bytes);

    assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
        .executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    assertEquals(List.of("none", "none", "none", "block"), browser.script(
        "return ['side', 'network', 'simulation', 'details'].map(id =>"
            + " getComputedStyle(document.getElementById(id)).display);"));
  }

  private void search(String query) {
    WebElement box = browser.driver().findElement(By.id("search"));
    box.clear();
    box.sendKeys(query);
  }

  private void filter(String label) {
    browser.driver().findElements(By.cssSelector("label.filter")).stream()
        .filter(l -> l.getText().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no filter " + label))
        .click();
  }

  private long visibleOrganisations() {
    return (Long) browser.script("return window.netwerkscanExplorer.cy.nodes('.organisation:visible').length;");
  }

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  /** The page's simulation table: organisation, effect, who leaves there, resilience before, after, contacts lost. */
  @SuppressWarnings("unchecked")
  private List<List<String>> simulation() {
    return (List<List<String>>) browser.script(
        "return Array.from(document.querySelectorAll('#simulation-results tr[data-organisation]')).map(tr => ["
            + "tr.dataset.organisation, tr.querySelector('.effect').textContent, tr.querySelector('.leaving').textContent,"
            + "tr.cells[1].textContent, tr.cells[2].textContent, tr.cells[3].textContent]);");
  }

  /** The Scenario sheet of a report made with --leave, in the same six columns. */
  private static List<List<String>> scenario(Path leaveReport) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (Workbook book = WorkbookFactory.create(leaveReport.resolve("rapport.xlsx").toFile(), null, true)) {
      Sheet sheet = book.getSheet("Scenario");
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          rows.add(List.of(
              format.formatCellValue(row.getCell(0)), format.formatCellValue(row.getCell(2)),
              format.formatCellValue(row.getCell(3)), format.formatCellValue(row.getCell(4)), format.formatCellValue(row.getCell(5)),
              format.formatCellValue(row.getCell(7))));
        }
      }
    }
    return rows;
  }

  private static List<String> column(Path report, String sheetName, int column) throws Exception {
    List<String> values = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (Workbook book = WorkbookFactory.create(report.resolve("rapport.xlsx").toFile(), null, true)) {
      for (Row row : book.getSheet(sheetName)) {
        if (row.getRowNum() > 0) {
          values.add(format.formatCellValue(row.getCell(column)));
        }
      }
    }
    return values;
  }
}
