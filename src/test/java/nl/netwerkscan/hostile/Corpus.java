package nl.netwerkscan.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.netwerkscan.cli.Cli;
import nl.netwerkscan.text.Messages;

/** The corpus files and the in-process runs of the command line that the hostile tests share. */
final class Corpus {
  /** Every committed corpus file (src/test/resources/nl/netwerkscan/hostile). */
  static final List<String> FILES =
      List.of(
          "leeg.xlsx", "foto.xlsx", "half-opgeslagen.xlsx", "brief.xlsx", "wachtwoord.xlsx",
          "wachtwoord.xls", "excel95.xls", "notitie.xls", "zonder-kolommen.xlsx", "alleen-kop.xlsx",
          "excel97.xls", "samengevoegd.xlsx", "verborgen.xlsx", "datums-en-waar.xlsx", "formules.xlsx",
          "unicode.xlsx", "injectie.xlsx", "windows-1252.csv");

  private Corpus() {}

  /** Copies a corpus file into {@code dir} under its own name: messages name that file. */
  static Path copy(String name, Path dir) {
    try (InputStream in = Corpus.class.getResourceAsStream("/nl/netwerkscan/hostile/" + name)) {
      if (in == null) {
        throw new IllegalStateException("corpus file missing: " + name + " (run CorpusGenerator)");
      }
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What one run of the command line did. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  /** {@code netwerkscan analyse SURVEY --out OUT} in Dutch, the default. */
  static Run analyse(Path survey, Path out) {
    return run("analyse", survey.toString(), "--out", out.toString());
  }

  /** The Dutch sentence of {@code key}, as stderr shows it (one line). */
  static String dutch(String key, Object... arguments) {
    return Messages.forLanguage("nl").get(key, arguments) + System.lineSeparator();
  }

  /** Every file under {@code folder}, by relative path, with its bytes. */
  static Map<String, byte[]> snapshot(Path folder) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Temporary folders ReportFolder left beside the reports in {@code parent}: should be none. */
  static List<String> leftovers(Path parent) {
    List<String> names = new ArrayList<>();
    try (Stream<Path> list = Files.list(parent)) {
      list.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".") && (n.contains(".new-") || n.contains(".old-")))
          .forEach(names::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
