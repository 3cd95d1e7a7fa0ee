package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script (src/main/launcher/netwerkscan) run by sh with a stand-in java that prints
 * the options it was given.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
  private static final Path LAUNCHER = Path.of("src/main/launcher/netwerkscan").toAbsolutePath();

  /** Whether this machine's kernel offers transparent huge pages, as the launcher asks it. */
  private static final boolean HUGE_PAGES = hugePagesOffered();

  @TempDir Path dir;
  private Path fakeJavaHome;

  @BeforeEach
  void standInJava() throws IOException {
    fakeJavaHome = dir.resolve("jdk");
    Path java = Files.createDirectories(fakeJavaHome.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    assertTrue(java.toFile().setExecutable(true));
  }

  @Test
  void aSmallSurveyRunsWithTheQuickCompilerAndASmallYoungGeneration() throws Exception {
    Path survey = file(dir.resolve("enquete.xlsx"), 30_000);

    List<String> options = launch(Map.of(), "analyse", survey.toString());

    assertTrue(options.containsAll(List.of("-XX:TieredStopAtLevel=1", "-Xmn64m")), options.toString());
    assertEquals(HUGE_PAGES, options.contains("-XX:+UseTransparentHugePages"), options.toString());
    assertFalse(options.contains("-XX:+AlwaysPreTouch"), options.toString());
  }

  @Test
  void aLargeSurveyInAFolderWithASpaceGetsTheQuickCompilerAndTheDefaultYoungGeneration() throws Exception {
    Path survey = file(Files.createDirectories(dir.resolve("alle gemeenten")).resolve("enquete.xlsx"), 9_000_000);

    List<String> options = launch(Map.of(), "analyse", survey.toString());

    assertTrue(options.contains("-XX:TieredStopAtLevel=1"), options.toString());
    assertFalse(options.contains("-Xmn64m"), options.toString());
    assertEquals(HUGE_PAGES, options.contains("-XX:+UseTransparentHugePages"), options.toString());
    assertFalse(options.contains("-XX:+AlwaysPreTouch"), options.toString());
    assertEquals(survey.toString(), options.get(options.size() - 1), "the path stays one argument");
  }

  @Test
  void ownJvmOptionsComeLast() throws Exception {
    Path survey = file(dir.resolve("groot.xlsx"), 9_000_000);

    List<String> options = launch(Map.of("NETWERKSCAN_JAVA_OPTS", "-Xmx2g -Dx=1"), "analyse", survey.toString());

    int jar = options.indexOf("-jar");
    assertEquals(List.of("-Xmx2g", "-Dx=1"), options.subList(jar - 2, jar));
  }

  @Test
  void theHeapStartsAtTheUsersMaximumWhereThatIsBelowOneGigabyte() throws Exception {
    Path survey = file(dir.resolve("enquete.xlsx"), 30_000);

    assertEquals(List.of("-Xms512m", "-Xmx1g", "-Xmx512m"), heapOptions("-Xmx512m", survey));
    assertEquals(List.of("-Xms1g", "-Xmx1g", "-Xmx2g"), heapOptions("-Xmx2g", survey));
    assertEquals(List.of("-Xms700000k", "-Xmx1g", "-Xmx700000k"), heapOptions("-Xmx700000k", survey));
    assertEquals(List.of("-Xms1g", "-Xmx1g", "-Xmx512m", "-Xmx4g"), heapOptions("-Xmx512m -Xmx4g", survey));
    assertEquals(List.of("-Xmx1g", "-Xms256m", "-Xmx512m"), heapOptions("-Xms256m -Xmx512m", survey));
  }

  private List<String> heapOptions(String ownOptions, Path survey) throws Exception {
    return launch(Map.of("NETWERKSCAN_JAVA_OPTS", ownOptions), "analyse", survey.toString()).stream()
        .filter(option -> option.startsWith("-Xms") || option.startsWith("-Xmx"))
        .toList();
  }

  private List<String> launch(Map<String, String> environment, String... arguments) throws Exception {
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().add("sh");
    builder.command().add(LAUNCHER.toString());
    builder.command().addAll(List.of(arguments));
    builder.environment().remove("NETWERKSCAN_JAVA_OPTS");
    builder.environment().put("JAVA_HOME", fakeJavaHome.toString());
    builder.environment().putAll(environment);
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    return output.lines().toList();
  }

  private static boolean hugePagesOffered() {
    try {
      String setting = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
      return setting.contains("[always]") || setting.contains("[madvise]");
    } catch (IOException e) {
      return false;
    }
  }

  private static Path file(Path path, long size) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(size); // sparse: only the size matters to the launcher
    }
    return path;
  }
}
