package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The second JVM a plain {@code java -jar} run starts: its command line, and a real start. */
class TunedJvmTest {
  private static final Path JAVA = Path.of("/jdk/bin/java");

  @TempDir Path dir;

  @Test
  void aLargeSurveyGetsTheLaunchersOptionsWithTheUsersMaximumHeapLast() throws IOException {
    Path jar = Files.createFile(dir.resolve("netwerkscan.jar"));
    Files.createFile(dir.resolve("netwerkscan.jsa"));

    Optional<List<String>> command =
        TunedJvm.command(JAVA, jar, List.of("-Xmx1g"), List.of("analyse", "enquete.xlsx"), 48_000_000, true);

    assertEquals(
        Optional.of(
            List.of(
                "/jdk/bin/java",
                "-Xms1g",
                "-XX:+UseParallelGC",
                "-XX:MaxTenuringThreshold=0",
                "-XX:MetaspaceSize=96m",
                "-XX:FreqInlineSize=100",
                "-XX:InlineSmallCode=1000",
                "-XX:SharedArchiveFile=" + dir.resolve("netwerkscan.jsa"),
                "-Xlog:cds=off,cds+dynamic=off",
                "-XX:+UseTransparentHugePages",
                "-XX:TieredStopAtLevel=1",
                "-Xmx1g",
                "-Dnetwerkscan.launcher=jar",
                "-jar",
                jar.toString(),
                "analyse",
                "enquete.xlsx")),
        command);
  }

  @Test
  void aSmallSurveyWithoutArchiveGetsTheSmallYoungGenerationAndTheDefaultHeap() {
    Path jar = dir.resolve("netwerkscan.jar");

    List<String> command =
        TunedJvm.command(JAVA, jar, List.of("-Duser.language=nl"), List.of("analyseer", "a.xlsx"), 30_000, false)
            .orElseThrow();

    assertEquals(
        List.of(
            "/jdk/bin/java",
            "-Xms1g",
            "-Xmx1g",
            "-XX:+UseParallelGC",
            "-XX:MaxTenuringThreshold=0",
            "-XX:MetaspaceSize=96m",
            "-XX:FreqInlineSize=100",
            "-XX:InlineSmallCode=1000",
            "-XX:TieredStopAtLevel=1",
            "-Xmn64m",
            "-Duser.language=nl",
            "-Dnetwerkscan.launcher=jar",
            "-jar",
            jar.toString(),
            "analyseer",
            "a.xlsx"),
        command);
  }

  @Test
  void aMaximumBelowTheLaunchersHeapAlsoBoundsTheStart() {
    List<String> command =
        TunedJvm.command(JAVA, dir.resolve("n.jar"), List.of("-Xmx512m"), List.of("trend", "a.xlsx"), 9_000_000, false)
            .orElseThrow();

    assertEquals(List.of("/jdk/bin/java", "-Xms512m", "-XX:+UseParallelGC"), command.subList(0, 3));
    assertTrue(command.contains("-Xmx512m"), command.toString());
  }

  @Test
  void aUserWhoSetsTheStartHeapKeepsOnlyTheirOwnHeapOptions() {
    List<String> command =
        TunedJvm.command(JAVA, dir.resolve("n.jar"), List.of("-Xms2g"), List.of("compare", "a.xlsx"), 1_000, false)
            .orElseThrow();

    assertEquals(List.of("/jdk/bin/java", "-XX:+UseParallelGC"), command.subList(0, 2));
    assertEquals(1, command.stream().filter(option -> option.startsWith("-Xm")).count() - 1, command.toString());
  }

  @Test
  void aTunedOrProfiledJvmAnotherCommandOrNoSurveyStaysInThisJvm() {
    Path jar = dir.resolve("n.jar");
    List<String> survey = List.of("analyse", "a.xlsx");

    assertEquals(Optional.empty(), TunedJvm.command(JAVA, jar, List.of("-XX:+UseG1GC"), survey, 1_000, false));
    assertEquals(
        Optional.empty(), TunedJvm.command(JAVA, jar, List.of("-agentlib:jdwp=transport=dt_socket"), survey, 1_000, false));
    assertEquals(Optional.empty(), TunedJvm.command(JAVA, jar, List.of("-Xmx1q"), survey, 1_000, false));
    assertEquals(Optional.empty(), TunedJvm.command(JAVA, jar, List.of(), List.of("generate", "b.xlsx"), 1_000, false));
    assertEquals(Optional.empty(), TunedJvm.command(JAVA, jar, List.of(), List.of("--help"), 1_000, false));
    assertEquals(Optional.empty(), TunedJvm.command(JAVA, jar, List.of(), List.of("analyse", "weg.xlsx"), 0, false));
    assertEquals(Optional.empty(), TunedJvm.command(JAVA, jar, List.of(), List.of(), 0, false));
  }

  @Test
  void sizesAreReadAsTheJvmReadsThem() {
    assertEquals(536_870_912L, TunedJvm.bytes("512m"));
    assertEquals(1L << 30, TunedJvm.bytes("1G"));
    assertEquals(2048L, TunedJvm.bytes("2k"));
    assertEquals(1_000_000L, TunedJvm.bytes("1000000"));
    assertEquals(-1L, TunedJvm.bytes("1.5g"));
    assertEquals(-1L, TunedJvm.bytes(""));
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theSecondJvmGetsTheArgumentsAsWordsAndItsExitStatusIsTheRunsStatus() throws Exception {
    Path printed = dir.resolve("printed.txt");
    Path java = dir.resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '" + printed + "'; done\nexit 7\n");
    assertTrue(java.toFile().setExecutable(true));

    OptionalInt status = TunedJvm.run(List.of(java.toString(), "-Xms1g", "analyse", "map met spatie/é.xlsx"));

    assertEquals(OptionalInt.of(7), status);
    assertEquals(List.of("-Xms1g", "analyse", "map met spatie/é.xlsx"), Files.readAllLines(printed));
  }

  @Test
  void aSecondJvmThatCannotBeStartedLeavesTheRunToThisOne() {
    assertEquals(OptionalInt.empty(), TunedJvm.run(List.of(dir.resolve("no-java-here").toString(), "-version")));
  }
}
