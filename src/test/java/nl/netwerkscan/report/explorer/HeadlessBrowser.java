package nl.netwerkscan.report.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's real headless Chromium driven through its own chromedriver, for tests of an offline
 * page opened from disk. Nothing is discovered or downloaded: both binaries are given explicitly.
 */
final class HeadlessBrowser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String MISSING =
      "Chromium is missing: apt-get install -y chromium chromium-driver (.ci/run does this)";
  private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);
  private static final Json JSON = new Json();
  // Selenium warns on every start that it has no CDP classes for Chromium 150; this helper never
  // uses them (logs go through chromedriver). Held in a field so the setting is not collected.
  private static final java.util.logging.Logger CDP_VERSION_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_LOG.setLevel(Level.SEVERE);
  }

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path userDataDir;
  // chromedriver hands out each log entry once, so keep what was read for later calls.
  private final List<String> consoleErrors = new ArrayList<>();
  private final List<String> networkRequests = new ArrayList<>();
  private final Set<String> openedPages = new HashSet<>();

  private HeadlessBrowser(ChromeDriverService service, ChromeDriver driver, Path userDataDir) {
    this.service = service;
    this.driver = driver;
    this.userDataDir = userDataDir;
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Skips the calling test without Chromium, unless CI demands the browser tests really run. */
  static void assumeInstalled() {
    if (installed()) {
      return;
    }
    if ("1".equals(System.getenv("NETWERKSCAN_REQUIRE_BROWSER"))) {
      Assertions.fail(MISSING);
    }
    Assumptions.assumeTrue(false, MISSING);
  }

  static HeadlessBrowser start() {
    // Selenium Manager is skipped anyway because the driver path is explicit; these make sure
    // that, should it ever run, it stays offline and never fetches a browser.
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
    Path userDataDir;
    try {
      userDataDir = Files.createTempDirectory("netwerkscan-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    try {
      return new HeadlessBrowser(service, new ChromeDriver(service, options(userDataDir)), userDataDir);
    } catch (RuntimeException e) {
      service.stop();
      deleteTree(userDataDir);
      throw e;
    }
  }

  private static ChromeOptions options(Path userDataDir) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // the tests run as root, where the sandbox refuses to start
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        // The browser itself must stay quiet so that every request we see comes from the page.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--window-size=1600,1000",
        // Chromium still calls Google (time, accounts, model downloads) despite the flags above;
        // failing every name lookup keeps that on the machine. Loopback stays reachable.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
        "--user-data-dir=" + userDataDir);
    // chromedriver 150 no longer opens the first tab on "data:,", so Chromium would show its
    // New Tab Page, whose chrome:// requests land in the performance log; start blank instead.
    options.setExperimentalOption(
        "prefs", Map.of("session.restore_on_startup", 4, "session.startup_urls", List.of("about:blank")));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // Only network events are needed; page and tracing events would just fill the buffer.
    options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    return options;
  }

  WebDriver driver() {
    return driver;
  }

  void open(Path html) {
    String url = html.toUri().toString();
    openedPages.add(url);
    driver.get(url);
    long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
    while (!"complete".equals(script("return document.readyState"))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Page did not finish loading: " + url);
      }
      pause();
    }
  }

  /** SEVERE browser console messages since start, uncaught exceptions included. */
  List<String> consoleErrors() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        consoleErrors.add(entry.getMessage());
      }
    }
    return List.copyOf(consoleErrors);
  }

  /** URLs the pages requested since start, except the opened pages themselves and inline data. */
  List<String> networkRequests() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String url = requestedUrl(entry.getMessage());
      if (url != null && !isOwnOrInline(url)) {
        networkRequests.add(url);
      }
    }
    return List.copyOf(networkRequests);
  }

  /** The URL of a Network.requestWillBeSent event, or null for any other event. */
  @SuppressWarnings("unchecked")
  private static String requestedUrl(String performanceEntry) {
    Map<String, Object> wrapper = JSON.toType(performanceEntry, Json.MAP_TYPE);
    Map<String, Object> message = (Map<String, Object>) wrapper.get("message");
    if (message == null || !"Network.requestWillBeSent".equals(message.get("method"))) {
      return null;
    }
    Map<String, Object> params = (Map<String, Object>) message.get("params");
    Map<String, Object> request = (Map<String, Object>) params.get("request");
    return (String) request.get("url");
  }

  private boolean isOwnOrInline(String url) {
    int fragment = url.indexOf('#');
    String withoutFragment = fragment < 0 ? url : url.substring(0, fragment);
    return openedPages.contains(withoutFragment)
        || url.startsWith("data:")
        || url.startsWith("blob:")
        || url.equals("about:blank");
  }

  void screenshot(Path png) {
    try {
      Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteTree(userDataDir);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the page", e);
    }
  }

  // Chromium's helper processes may still write for a moment after quit, so retry briefly.
  private static void deleteTree(Path root) {
    for (int attempt = 0; attempt < 10 && Files.exists(root); attempt++) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException | UncheckedIOException e) {
        pause();
      }
    }
  }
}
