package nl.netwerkscan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.netwerkscan.analysis.ComparisonAnalysis;
import nl.netwerkscan.analysis.ComparisonAnalysis.Change;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.importer.SurveyException;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.model.Pseudonyms;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.report.compare.ComparisonReport;
import nl.netwerkscan.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netwerkscan compare OLD NEW}: what changed between two yearly surveys. */
@Command(
    name = "compare",
    aliases = "vergelijk",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false)
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD_SURVEY", descriptionKey = "compare.old")
  Path old;

  @Parameters(index = "1", paramLabel = "NEW_SURVEY", descriptionKey = "compare.new")
  Path current;

  @Option(names = {"--out", "--uit"}, paramLabel = "DIR", descriptionKey = "compare.out")
  Path out;

  @Option(names = {"--lang", "--taal"}, paramLabel = "nl|en", defaultValue = "nl", descriptionKey = "lang")
  AnalyseCommand.Language language;

  @Option(names = {"--pseudonymise", "--pseudonimiseer"}, descriptionKey = "pseudonymise")
  boolean pseudonymise;

  @Option(names = "--verbose", descriptionKey = "verbose")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Messages messages = Messages.forLanguage(language.name());
    Survey before;
    Survey after;
    try {
      before = SurveyReader.read(old, ImportOptions.defaults());
      after = SurveyReader.read(current, ImportOptions.defaults());
    } catch (SurveyException e) {
      spec.commandLine().getErr().println(messages.get(e.key(), e.arguments().toArray()));
      return Cli.EXIT_UNUSABLE;
    }
    if (pseudonymise) {
      List<Pseudonyms.PseudonymisedSurvey> coded = Pseudonyms.applyAll(List.of(before, after));
      before = coded.get(0).survey();
      after = coded.get(1).survey();
    }
    ComparisonAnalysis.Result result = ComparisonAnalysis.of(before, after, FragilityAnalysis.Thresholds.DEFAULTS);
    Path folder = out != null ? out : defaultFolder(old, current);
    ComparisonReport.write(folder, before, after, result, messages);
    print(messages, result, folder);
    return 0;
  }

  /** reports/<old>-vs-<new>/, after the survey file names without extension. */
  static Path defaultFolder(Path old, Path current) {
    return Path.of("reports", AnalyseCommand.baseName(old) + "-vs-" + AnalyseCommand.baseName(current));
  }

  private void print(Messages messages, ComparisonAnalysis.Result result, Path folder) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        messages.get(
            "cli.compare.summary",
            result.count(Change.NEW), result.count(Change.GONE), result.count(Change.STRONGER),
            result.count(Change.WEAKER), result.count(Change.SAME), result.left().size(), result.joined().size()));
    List<String> lost =
        result.left().stream().flatMap(l -> l.onlyContactOf().stream()).map(o -> o.name()).distinct().toList();
    if (!lost.isEmpty()) {
      out.println(messages.get("cli.compare.lost", String.join("; ", lost)));
    }
    out.println(messages.get("cli.summary.report", folder.toAbsolutePath().normalize().toString()));
  }
}
