package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Windows launcher (src/main/launcher/netwerkscan.cmd) read against the shell launcher. No
 * cmd.exe runs here, so the test reads the batch file's option variables and the line that starts
 * java, composes the command line a survey of each size gets, and compares it option by option
 * with what the shell launcher, run by sh with a stand-in java, passes for the same survey; the
 * huge-page options, which only the Linux kernel offers, aside.
 */
@DisabledOnOs(OS.WINDOWS)
class WindowsLauncherTest {
  private static final Path LAUNCHERS = Path.of("src/main/launcher").toAbsolutePath();
  private static final List<String> HUGE_PAGE_OPTIONS =
      List.of("-XX:+UseTransparentHugePages");

  @TempDir Path dir;
  private Path installed;
  private Path fakeJavaHome;
  private List<String> batch;

  @BeforeEach
  void install() throws IOException {
    installed = Files.createDirectories(dir.resolve("netwerkscan"));
    Files.copy(LAUNCHERS.resolve("netwerkscan"), installed.resolve("netwerkscan"));
    Files.writeString(installed.resolve("netwerkscan.jsa"), "archive"); // only its presence counts
    fakeJavaHome = dir.resolve("jdk");
    Path java = Files.createDirectories(fakeJavaHome.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    assertTrue(java.toFile().setExecutable(true));
    batch = batchLines();
  }

  @Test
  void batchFileHasWindowsLineEnds() throws IOException {
    String text = Files.readString(LAUNCHERS.resolve("netwerkscan.cmd"), StandardCharsets.US_ASCII);

    assertTrue(text.endsWith("\r\n"));
    assertFalse(text.replace("\r\n", "").contains("\n"), "a line ending in LF alone");
  }

  @Test
  void bothLaunchersSizeTheSameCommandsAtTheSameThreshold() throws IOException {
    String shell = Files.readString(LAUNCHERS.resolve("netwerkscan"));

    assertEquals(
        words(group(shell, "\\n\\s*(analyse [^)]+)\\)").replace("|", " ")),
        words(group(String.join("\n", batch), "for %%C in \\(([^)]+)\\)")));
    assertEquals(group(shell, "-gt (\\d+)"), group(String.join("\n", batch), "GTR (\\d{2,})"));
  }

  @Test
  void aSmallSurveyGetsTheShellLaunchersOptions() throws Exception {
    Path survey = file(dir.resolve("enquete.xlsx"), 30_000);
    String[] arguments = {"analyse", survey.toString(), "--lang", "en"};

    List<String> shell = shellLaunch(Map.of(), arguments);

    assertTrue(shell.contains("-XX:TieredStopAtLevel=1"), shell.toString());
    assertEquals(shell, batchLaunch(value("if %largest% GTR 0 set"), "", arguments));
  }

  @Test
  void aLargeSurveyGetsTheShellLaunchersOptions() throws Exception {
    Path survey = file(Files.createDirectories(dir.resolve("alle gemeenten")).resolve("enquete.xlsx"), 9_000_000);
    String[] arguments = {"analyse", survey.toString()};

    List<String> shell = shellLaunch(Map.of(), arguments);

    assertTrue(shell.contains("-XX:TieredStopAtLevel=1"), shell.toString());
    assertFalse(shell.contains("-Xmn64m"), shell.toString());
    assertEquals(shell, batchLaunch(value("set \"sizing=-XX:TieredStopAtLevel=1\""), "", arguments));
  }

  @Test
  void ownOptionsComeJustBeforeTheJar() throws Exception {
    Path survey = file(dir.resolve("groot.xlsx"), 9_000_000);
    String[] arguments = {"trend", survey.toString(), survey.toString()};

    List<String> shell = shellLaunch(Map.of("NETWERKSCAN_JAVA_OPTS", "-Xmx2g -Dx=1"), arguments);

    List<String> batchOptions = batchLaunch(value("set \"sizing=-XX:TieredStopAtLevel=1\""), "-Xmx2g -Dx=1", arguments);
    assertEquals(shell, batchOptions);
    int jar = batchOptions.indexOf("-jar");
    assertEquals(List.of("-Xmx2g", "-Dx=1"), batchOptions.subList(jar - 2, jar));
  }

  @Test
  void aCommandWithoutSurveyGetsOnlyTheBaseOptions() throws Exception {
    String[] arguments = {"generate", dir.resolve("nieuw.xlsx").toString(), "--rows", "10"};

    assertEquals(shellLaunch(Map.of(), arguments), batchLaunch("", "", arguments));
  }

  @Test
  void aSmallerMaximumHeapIsAlsoTheStart() throws Exception {
    Path survey = file(dir.resolve("enquete.xlsx"), 30_000);
    String[] arguments = {"analyse", survey.toString()};

    List<String> shell = shellLaunch(Map.of("NETWERKSCAN_JAVA_OPTS", "-Xmx512m"), arguments);

    assertTrue(shell.contains("-Xms512m"), shell.toString());
    assertFalse(shell.contains("-Xms1g"), shell.toString());
    assertEquals(shell, batchLaunch("-Xms512m", value("if %largest% GTR 0 set"), "-Xmx512m", arguments));
  }

  @Test
  void anOwnStartHeapStandsAlone() throws Exception {
    String[] arguments = {"generate", dir.resolve("nieuw.xlsx").toString()};

    List<String> shell = shellLaunch(Map.of("NETWERKSCAN_JAVA_OPTS", "-Xms256m -Xmx512m"), arguments);

    assertEquals(List.of("-Xms256m"), shell.stream().filter(option -> option.startsWith("-Xms")).toList());
    assertEquals(shell, batchLaunch("", "", "-Xms256m -Xmx512m", arguments));
  }

  /**
   * The options the batch file passes to java, given the value it ends with in {@code sizing}, and
   * the start heap it sets before reading the user's options and again for each -Xmx among them.
   */
  private List<String> batchLaunch(String sizing, String ownOptions, String... arguments) {
    return batchLaunch(value("set \"start=-Xms1g\"", 2), sizing, ownOptions, arguments);
  }

  /**
   * The same with the start heap its {@code :heap} routine ends with in {@code start}, which this
   * test cannot run (no cmd.exe here).
   */
  private List<String> batchLaunch(String start, String sizing, String ownOptions, String... arguments) {
    String run = batch.stream().filter(line -> line.startsWith("\"%java%\"")).findFirst().orElseThrow();
    String line =
        run.replace("%base%", value("set \"base=").replace("%start%", start))
            .replace("%archive%", value("if exist \"%here%netwerkscan.jsa\" set"))
            .replace("%sizing%", sizing)
            .replace("%NETWERKSCAN_JAVA_OPTS%", ownOptions)
            .replace("%here%", installed + "/");
    List<String> words = commandWords(line.substring(0, line.indexOf("%*")));
    words.remove(0); // java itself
    words.addAll(List.of(arguments));
    return words;
  }

  /** The value assigned on the one batch line that starts with {@code start}. */
  private String value(String start) {
    return value(start, 1);
  }

  /** The value assigned on the {@code count} batch lines that start with {@code start}. */
  private String value(String start, int count) {
    List<String> lines = batch.stream().filter(line -> line.startsWith(start)).toList();
    assertEquals(count, lines.size(), "lines starting with " + start);
    String assignment = lines.get(0).substring(lines.get(0).indexOf("set ") + 4);
    if (assignment.startsWith("\"")) {
      assignment = assignment.substring(1, assignment.length() - 1); // set "name=value"
    }
    return assignment.substring(assignment.indexOf('=') + 1);
  }

  private List<String> shellLaunch(Map<String, String> environment, String... arguments) throws Exception {
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().addAll(List.of("sh", installed.resolve("netwerkscan").toString()));
    builder.command().addAll(List.of(arguments));
    builder.environment().remove("NETWERKSCAN_JAVA_OPTS");
    builder.environment().put("JAVA_HOME", fakeJavaHome.toString());
    builder.environment().putAll(environment);
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    List<String> options = new ArrayList<>(output.lines().toList());
    options.removeAll(HUGE_PAGE_OPTIONS);
    return options;
  }

  private static List<String> batchLines() throws IOException {
    return Arrays.asList(Files.readString(LAUNCHERS.resolve("netwerkscan.cmd")).split("\r\n"));
  }

  /** Words as cmd.exe hands them to a program: split at spaces outside quotes, quotes removed. */
  private static List<String> commandWords(String line) {
    List<String> words = new ArrayList<>();
    Matcher word = Pattern.compile("(?:\"[^\"]*\"|[^\\s\"])+").matcher(line);
    while (word.find()) {
      words.add(word.group().replace("\"", ""));
    }
    return words;
  }

  private static List<String> words(String text) {
    return List.of(text.trim().split("\\s+"));
  }

  private static String group(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertTrue(matcher.find(), regex);
    return matcher.group(1);
  }

  private static Path file(Path path, long size) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(size); // sparse: only the size matters to the launchers
    }
    return path;
  }
}
