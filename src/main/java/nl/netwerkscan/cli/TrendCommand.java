package nl.netwerkscan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.OrganisationTrendAnalysis;
import nl.netwerkscan.analysis.OrganisationTrendAnalysis.Pattern;
import nl.netwerkscan.analysis.SurveyYear;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.importer.SurveyException;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.model.Pseudonyms;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.report.trend.TrendContent;
import nl.netwerkscan.report.trend.TrendReport;
import nl.netwerkscan.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netwerkscan trend SURVEY SURVEY [SURVEY…]}: two or more yearly surveys in a row. Each
 * survey is read by the same importer and judged by the same rules as {@code analyse}; they are
 * put in the order of the years in their file names (else in the order given) and matched across
 * years as {@code compare} does.
 */
@Command(
    name = "trend",
    aliases = "verloop",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false)
final class TrendCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // One survey is caught in call(), to say why a second one is needed.
  @Parameters(arity = "1..*", paramLabel = "SURVEY", descriptionKey = "trend.surveys")
  List<Path> surveys;

  @Option(names = {"--out", "--uit"}, paramLabel = "DIR", descriptionKey = "trend.out")
  Path out;

  @Option(names = {"--lang", "--taal"}, paramLabel = "nl|en", defaultValue = "nl", descriptionKey = "lang")
  AnalyseCommand.Language language;

  @Mixin SurveyOptions surveyOptions;

  @Option(names = {"--pseudonymise", "--pseudonimiseer"}, descriptionKey = "pseudonymise")
  boolean pseudonymise;

  @Option(names = "--verbose", descriptionKey = "verbose")
  boolean verbose;

  /** A survey file with its place in the series. */
  record Dated(Path file, String label, int time) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    Messages messages = Messages.forLanguage(language.name());
    PrintWriter err = spec.commandLine().getErr();
    FragilityAnalysis.Thresholds thresholds = surveyOptions.thresholds(messages);
    if (surveys.size() < 2) {
      throw new ParameterException(spec.commandLine(), messages.get("error.trend.one", surveys.get(0).toString()));
    }
    List<Dated> series = order(surveys, messages, spec.commandLine());
    List<Survey> read;
    try {
      read = readAll(series, surveyOptions.apply(ImportOptions.defaults()));
    } catch (SurveyException e) {
      err.println(messages.get(e.key(), e.arguments().toArray()));
      return Cli.EXIT_UNUSABLE;
    }
    if (pseudonymise) {
      read = Pseudonyms.applyAll(read).stream().map(Pseudonyms.PseudonymisedSurvey::survey).toList();
    }
    List<SurveyYear> years = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      years.add(SurveyYear.analyse(series.get(i).label(), series.get(i).time(), read.get(i), thresholds));
    }
    TrendContent trend = TrendContent.analyse(years, surveyOptions.home(messages));
    Path folder = out != null ? out : defaultFolder(series);
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      err.println(messages.get("error.out.not.folder", folder.toString()));
      return Cli.EXIT_USAGE;
    }
    boolean people;
    try {
      people = TrendReport.write(folder, trend, messages);
    } catch (IOException e) {
      err.println(messages.get("error.out.unwritable", folder.toString(), AnalyseCommand.reason(e)));
      if (verbose) {
        e.printStackTrace(err);
      }
      return Cli.EXIT_USAGE;
    }
    print(messages, trend, folder, people);
    return 0;
  }

  /**
   * The series in time order: by the year in each file name when every name has one (the same
   * year twice is wrong usage, naming both files), else in the order given, numbered 1, 2, 3….
   */
  static List<Dated> order(List<Path> files, Messages messages, CommandLine commandLine) {
    List<Dated> dated = new ArrayList<>();
    boolean allYears = files.stream().allMatch(file -> AnalyseCommand.yearIn(file).isPresent());
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      OptionalInt year = AnalyseCommand.yearIn(file);
      dated.add(
          allYears
              ? new Dated(file, String.valueOf(year.getAsInt()), year.getAsInt())
              : new Dated(file, AnalyseCommand.baseName(file), i + 1));
    }
    if (allYears) {
      dated.sort(Comparator.comparingInt(Dated::time));
      for (int i = 1; i < dated.size(); i++) {
        if (dated.get(i).time() == dated.get(i - 1).time()) {
          throw new ParameterException(
              commandLine,
              messages.get(
                  "error.trend.same.year", dated.get(i - 1).file().toString(), dated.get(i).file().toString(),
                  dated.get(i).label()));
        }
      }
    }
    return dated;
  }

  /**
   * Reads the surveys side by side, a few at a time (each read already keeps a parser thread
   * busy); the first unusable survey in series order is the one reported.
   */
  private static List<Survey> readAll(List<Dated> series, ImportOptions options) throws SurveyException, InterruptedException {
    int threads = Math.max(1, Math.min(series.size(), Runtime.getRuntime().availableProcessors() / 2));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Survey>> reads = new ArrayList<>();
      for (Dated dated : series) {
        reads.add(pool.submit(() -> SurveyReader.read(dated.file(), options)));
      }
      List<Survey> surveys = new ArrayList<>();
      for (Future<Survey> read : reads) {
        try {
          surveys.add(read.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof SurveyException survey) {
            throw survey;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
      return surveys;
    } finally {
      pool.shutdownNow();
    }
  }

  /** reports/trend-<first>-<last>/. */
  static Path defaultFolder(List<Dated> series) {
    return Path.of("reports", "trend-" + series.get(0).label() + "-" + series.get(series.size() - 1).label());
  }

  private void print(Messages messages, TrendContent trend, Path folder, boolean people) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        messages.get("cli.trend.years", trend.years().size(), trend.first().label(), trend.last().label()));
    for (Pattern pattern : List.of(Pattern.PERSISTENTLY_FRAGILE, Pattern.NEWLY_FRAGILE, Pattern.RECOVERED)) {
      List<OrganisationTrendAnalysis.Row> rows = trend.organisations().with(pattern);
      String key = "cli.trend." + pattern.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
      out.println(
          messages.get(
              key, rows.size(), String.join("; ", rows.stream().map(r -> r.organisation().name()).toList())));
    }
    if (!people) {
      out.println(messages.get("cli.summary.graph.summary"));
    }
    out.println(messages.get("cli.summary.report", folder.toAbsolutePath().normalize().toString()));
  }
}
