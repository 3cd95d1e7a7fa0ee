package nl.netwerkscan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import nl.netwerkscan.generate.SyntheticSurveyGenerator;
import nl.netwerkscan.generate.TextStorage;
import nl.netwerkscan.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netwerkscan generate OUT.xlsx --rows N}: a synthetic survey, for trials and benchmarks. */
@Command(
    name = "generate",
    aliases = "genereer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false)
final class GenerateCommand implements Callable<Integer> {
  /** One .xlsx sheet holds 1,048,576 rows, the header included. */
  static final long MAX_ROWS = 1_048_575;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUT.xlsx", descriptionKey = "generate.out")
  Path target;

  @Option(names = {"--rows", "--rijen"}, required = true, paramLabel = "N", descriptionKey = "generate.rows")
  long rows;

  @Option(names = {"--seed", "--zaad"}, paramLabel = "S", defaultValue = "1", descriptionKey = "generate.seed")
  long seed;

  @Option(
      names = {"--shared-strings", "--gedeelde-teksten"},
      descriptionKey = "generate.shared.strings")
  boolean sharedStrings;

  @Option(
      names = {"--units", "--teams"},
      paramLabel = "N",
      defaultValue = "1",
      descriptionKey = "generate.units")
  int units;

  @Option(names = {"--lang", "--taal"}, paramLabel = "nl|en", defaultValue = "nl", descriptionKey = "lang")
  AnalyseCommand.Language language;

  @Override
  public Integer call() throws IOException {
    Messages messages = Messages.forLanguage(language.name());
    if (rows < 0 || rows > MAX_ROWS) {
      throw new ParameterException(spec.commandLine(), messages.get("error.generate.rows", rows, MAX_ROWS));
    }
    int maxUnits = SyntheticSurveyGenerator.maxUnits(rows);
    if (units < 1 || units > maxUnits) {
      throw new ParameterException(
          spec.commandLine(), messages.get("error.generate.units", units, maxUnits, rows));
    }
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    // Written beside, then moved: a survey half-written by an interrupted run never stands there.
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      new SyntheticSurveyGenerator()
          .write(
              temporary,
              rows,
              seed,
              sharedStrings ? TextStorage.SHARED : TextStorage.INLINE,
              units);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    spec.commandLine().getOut().println(messages.get("cli.generate.done", rows, seed, absolute.toString()));
    return 0;
  }
}
