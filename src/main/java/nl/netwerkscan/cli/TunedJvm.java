package nl.netwerkscan.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A run started by plain {@code java -jar netwerkscan.jar} gets the JVM the launchers
 * (src/main/launcher) start: this JVM starts a second one with their options and waits for it.
 * Plain {@code java} picks G1, both compilers and no class-data archive, which on two cores takes
 * about twice the CPU of the launcher's settings for a large survey (README, "Speed and memory");
 * a Windows user without the .cmd launcher, or anyone following an old instruction, would pay
 * that on every run.
 *
 * <p>Only the commands that read a survey and name a readable file are started again: those are
 * the runs the options were measured on. Anyone who tunes the JVM (any option besides the heap
 * size and {@code -D} properties: an agent, a profiler, another collector) keeps the JVM they
 * started, and so does a run the launchers started (they set {@value #LAUNCHED_BY}).
 */
final class TunedJvm {
  /** The system property a launcher sets: script (sh and .cmd), jar (this class), training (the build). */
  static final String LAUNCHED_BY = "netwerkscan.launcher";

  private static final long LARGE_SURVEY_BYTES = 8L * 1024 * 1024;
  private static final String DEFAULT_HEAP = "1g";
  private static final Set<String> SURVEY_COMMANDS =
      Set.of("analyse", "analyseer", "compare", "vergelijk", "trend", "verloop", "template", "sjabloon");
  private static final List<String> BASE_OPTIONS =
      List.of(
          "-XX:+UseParallelGC",
          "-XX:MaxTenuringThreshold=0",
          "-XX:MetaspaceSize=96m",
          "-XX:FreqInlineSize=100",
          "-XX:InlineSmallCode=1000");
  private static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

  private TunedJvm() {}

  /**
   * Runs the command in a tuned JVM and returns its exit status, or returns empty when this JVM
   * should run it itself: already tuned or launched, not started from the jar, not a survey
   * command, or the second JVM could not be started.
   */
  static OptionalInt runTuned(String[] args) {
    if (System.getProperty(LAUNCHED_BY) != null) {
      return OptionalInt.empty();
    }
    Optional<Path> jar = runningJar();
    if (jar.isEmpty()) {
      return OptionalInt.empty();
    }
    // the executable this JVM runs as (java.exe on Windows), else the one in its home
    Path java = ProcessHandle.current().info().command().map(Path::of)
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    Optional<List<String>> command =
        command(
            java,
            jar.get(),
            ManagementFactory.getRuntimeMXBean().getInputArguments(),
            Arrays.asList(args),
            largestFile(args),
            hugePagesOffered());
    return command.isEmpty() ? OptionalInt.empty() : run(command.get());
  }

  /**
   * The command line of the tuned JVM, in the launcher's order: its options, then the user's own
   * (which win), then the jar and the arguments; empty when the run should stay in this JVM.
   *
   * @param jvmArguments the options this JVM was started with, environment variables included
   * @param largestFile the size in bytes of the largest readable file among the arguments, 0 if
   *     none
   */
  static Optional<List<String>> command(
      Path java, Path jar, List<String> jvmArguments, List<String> args, long largestFile, boolean hugePages) {
    if (args.isEmpty() || !SURVEY_COMMANDS.contains(args.get(0)) || largestFile <= 0) {
      return Optional.empty();
    }
    Optional<List<String>> heap = heapOptions(jvmArguments);
    if (heap.isEmpty()) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(heap.get());
    command.addAll(BASE_OPTIONS);
    Path archive = jar.resolveSibling("netwerkscan.jsa");
    if (Files.isRegularFile(archive)) {
      command.add("-XX:SharedArchiveFile=" + archive);
      command.add("-Xlog:cds=off,cds+dynamic=off");
    }
    if (hugePages) {
      command.add("-XX:+UseTransparentHugePages");
    }
    command.add("-XX:TieredStopAtLevel=1");
    if (largestFile <= LARGE_SURVEY_BYTES) {
      command.add("-Xmn64m");
    }
    command.addAll(jvmArguments);
    command.add("-D" + LAUNCHED_BY + "=jar");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    return Optional.of(command);
  }

  /**
   * The heap as the launcher sets it, a full-size heap from the start, with the user's maximum
   * where they gave one: {@code -Xmx2g} gives a 1 GB start, {@code -Xmx512m} a 512 MB one (the
   * start may not exceed the maximum). Empty when the user gave any option other than the heap's
   * size and properties.
   */
  private static Optional<List<String>> heapOptions(List<String> jvmArguments) {
    String maximum = null;
    boolean start = false;
    for (String argument : jvmArguments) {
      if (argument.startsWith("-Xmx")) {
        maximum = argument.substring(4);
      } else if (argument.startsWith("-Xms")) {
        start = true;
      } else if (!argument.startsWith("-D")) {
        return Optional.empty();
      }
    }
    if (start) {
      return Optional.of(List.of()); // the user sized the heap; theirs come after and stand alone
    }
    if (maximum == null) {
      return Optional.of(List.of("-Xms" + DEFAULT_HEAP, "-Xmx" + DEFAULT_HEAP));
    }
    long bytes = bytes(maximum);
    if (bytes <= 0) {
      return Optional.empty();
    }
    return Optional.of(List.of("-Xms" + (bytes < bytes(DEFAULT_HEAP) ? maximum : DEFAULT_HEAP)));
  }

  /** A JVM size such as 512m, 1g or 1048576 in bytes, or -1 if it is not one. */
  static long bytes(String size) {
    if (!size.matches("[0-9]{1,12}[kKmMgGtT]?")) {
      return -1;
    }
    char unit = Character.toLowerCase(size.charAt(size.length() - 1));
    int shift = "kmgt".indexOf(unit);
    String digits = shift < 0 ? size : size.substring(0, size.length() - 1);
    return Long.parseLong(digits) << (shift < 0 ? 0 : 10 * (shift + 1));
  }

  static OptionalInt run(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    // their options are on the command line already, as this JVM received them
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process tuned;
    try {
      tuned = builder.start();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty(); // no second JVM to be had: this one does the work, more slowly
    }
    // stopped by anything but the terminal's Ctrl-C (which reaches both), take the run along
    Thread stop = new Thread(tuned::destroy, "stop-tuned-jvm");
    Runtime.getRuntime().addShutdownHook(stop);
    while (true) {
      try {
        int status = tuned.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        return OptionalInt.of(status);
      } catch (InterruptedException e) {
        // nothing in this JVM interrupts the main thread; keep waiting for the run
      } catch (IllegalStateException e) {
        return OptionalInt.of(tuned.exitValue()); // shutting down already
      }
    }
  }

  private static Optional<Path> runningJar() {
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.contains(java.io.File.pathSeparator) || !classPath.toLowerCase(Locale.ROOT).endsWith(".jar")) {
      return Optional.empty();
    }
    Path jar = Path.of(classPath).toAbsolutePath().normalize();
    return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
  }

  /** As the launchers measure it: the largest readable regular file among the arguments. */
  private static long largestFile(String[] args) {
    long largest = 0;
    for (String arg : args) {
      try {
        Path path = Path.of(arg);
        if (Files.isRegularFile(path) && Files.isReadable(path)) {
          largest = Math.max(largest, Files.size(path));
        }
      } catch (IOException | RuntimeException e) {
        // not a path on this system (an option, a name with characters it refuses): not a file
      }
    }
    return largest;
  }

  private static boolean hugePagesOffered() {
    try {
      String setting = Files.readString(HUGE_PAGES_SETTING);
      return setting.contains("[always]") || setting.contains("[madvise]");
    } catch (IOException | RuntimeException e) {
      return false; // not Linux, or not offered
    }
  }
}
