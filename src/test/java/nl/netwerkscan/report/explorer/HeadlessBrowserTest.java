package nl.netwerkscan.report.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the browser helper sees what a page does: each test expects one concrete value. */
class HeadlessBrowserTest {

  @TempDir Path dir;

  // A fresh browser per test keeps one test's accumulated logs out of the next; a start costs
  // about 0.4 s (0.8-1.2 s for the first), cheap enough not to share one across the class.
  private HeadlessBrowser browser;

  @BeforeEach
  void startBrowser() {
    HeadlessBrowser.assumeInstalled();
    browser = HeadlessBrowser.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void consoleErrorIsReportedOnce() throws IOException {
    browser.open(page("<script>console.error('boom-42');</script>"));

    List<String> errors = browser.consoleErrors();

    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("boom-42"), errors.toString());
  }

  @Test
  void uncaughtExceptionIsReported() throws IOException {
    browser.open(page("<script>throw new Error('thrown-7');</script>"));

    List<String> errors = browser.consoleErrors();

    assertTrue(errors.stream().anyMatch(e -> e.contains("thrown-7")), errors.toString());
  }

  @Test
  void externalImageIsSeenAsRequest() throws IOException {
    browser.open(page("<img src=\"http://127.0.0.1:9/pixel.png\">"));

    assertEquals(List.of("http://127.0.0.1:9/pixel.png"), browser.networkRequests());
  }

  @Test
  void selfContainedPageIsQuiet() throws IOException {
    browser.open(
        page(
            "<title>quiet-page</title><style>body { color: #123; }</style>"
                + "<script>document.body && document.body.setAttribute('data-x', '1');</script>"));

    assertEquals(List.of(), browser.consoleErrors());
    assertEquals(List.of(), browser.networkRequests());
    assertEquals("quiet-page", browser.script("return document.title"));
  }

  @Test
  void screenshotIsPng() throws IOException {
    browser.open(page("<h1>picture</h1>"));
    Path png = dir.resolve("shot.png");

    browser.screenshot(png);

    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    assertArrayEquals(signature, Arrays.copyOf(Files.readAllBytes(png), signature.length));
  }

  private Path page(String body) throws IOException {
    Path html = dir.resolve("page.html");
    Files.writeString(
        html,
        "<!doctype html><html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>",
        StandardCharsets.UTF_8);
    return html;
  }
}
