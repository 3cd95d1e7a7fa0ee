package nl.netwerkscan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.HandoverAnalysis;
import nl.netwerkscan.analysis.LeaveScenario;
import nl.netwerkscan.analysis.Side;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.model.Names;
import nl.netwerkscan.importer.SurveyException;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.report.ActionTexts;
import nl.netwerkscan.report.ReportContent;
import nl.netwerkscan.report.ReportFiles;
import nl.netwerkscan.model.Names;
import nl.netwerkscan.model.Pseudonyms;
import nl.netwerkscan.model.Unit;
import nl.netwerkscan.report.explorer.ExplorerData;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.netwerkscan.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code netwerkscan analyse SURVEY}: reads one survey and writes its report folder. */
@Command(
    name = "analyse",
    aliases = "analyseer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false)
final class AnalyseCommand implements Callable<Integer> {
  /** Organisations named per leaver on the terminal; the sheet Overdracht has them all. */
  private static final int HANDOVERS_SHOWN = 5;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SURVEY", descriptionKey = "survey")
  Path survey;

  @Option(names = {"--out", "--uit"}, paramLabel = "DIR", descriptionKey = "out")
  Path out;

  @Option(names = {"--lang", "--taal"}, paramLabel = "nl|en", defaultValue = "nl", descriptionKey = "lang")
  Language language;

  @Mixin SurveyOptions surveyOptions;

  @Option(names = {"--year", "--jaar"}, paramLabel = "N", descriptionKey = "year")
  Integer year;

  @Option(names = {"--leave", "--vertrek"}, paramLabel = "NAME", split = ",", descriptionKey = "leave")
  List<String> leave = new ArrayList<>();

  @Option(names = {"--pseudonymise", "--pseudonimiseer"}, descriptionKey = "pseudonymise")
  boolean pseudonymise;

  @Option(names = "--team", paramLabel = "NAME", descriptionKey = "team")
  String team;

  @Option(names = "--verbose", descriptionKey = "verbose.analyse")
  boolean verbose;

  @Override
  public Integer call() {
    Messages messages = Messages.forLanguage(language.name());
    PrintWriter err = spec.commandLine().getErr();
    FragilityAnalysis.Thresholds thresholds = surveyOptions.thresholds(messages);
    long start = System.nanoTime();
    Survey read;
    try (ProgressDisplay progress = ProgressDisplay.forSurvey(survey, messages)) {
      ImportOptions options = ImportOptions.defaults().withProgress(progress.listener());
      read = SurveyReader.read(survey, surveyOptions.apply(options));
    } catch (SurveyException e) {
      err.println(messages.get(e.key(), e.arguments().toArray()));
      return Cli.EXIT_UNUSABLE;
    }
    Path folder = out != null ? out : Path.of("reports", baseName(survey));
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      err.println(messages.get("error.out.not.folder", folder.toString()));
      return Cli.EXIT_USAGE;
    }
    String homeName = surveyOptions.home(messages);
    if (team != null) {
      Optional<Unit> unit = unitNamed(read, team, messages);
      if (unit.isEmpty()) {
        err.println(messages.get("error.team.unknown", team, survey.getFileName().toString(), unitNames(read, messages)));
        return Cli.EXIT_USAGE;
      }
      read = read.ofUnit(unit.get());
    }
    List<String> leaving = leave;
    if (pseudonymise) {
      Pseudonyms.PseudonymisedSurvey coded = Pseudonyms.apply(read);
      read = coded.survey();
      leaving = leave.stream().flatMap(name -> codesOf(coded, name).stream()).toList();
    }
    long imported = System.nanoTime();
    ReportContent content = ReportContent.analyse(read, homeName, thresholds, leaving);
    long analysed = System.nanoTime();
    ReportFiles.Written written;
    try {
      written = ReportFiles.write(
          folder, content, messages, year != null ? OptionalInt.of(year) : yearIn(survey),
          pseudonymise ? ExplorerData.Privacy.CODES : ExplorerData.Privacy.NAMES);
    } catch (IOException e) {
      // The folder cannot be written (no permission, disk full, a name the file system refuses):
      // a problem of the --out the user chose, not of the survey and not a bug. ReportFolder has
      // left any previous report as it was.
      err.println(messages.get("error.out.unwritable", folder.toString(), reason(e)));
      if (verbose) {
        e.printStackTrace(err);
      }
      return Cli.EXIT_USAGE;
    }
    printSummary(messages, content, folder, written);
    if (verbose) {
      // Where a run's time goes, for whoever measures it (README, "Speed and memory").
      err.println(
          messages.get(
              "cli.verbose.times", seconds(imported - start), seconds(analysed - imported), seconds(System.nanoTime() - analysed)));
    }
    return 0;
  }

  private void printSummary(Messages messages, ReportContent content, Path folder, ReportFiles.Written written) {
    PrintWriter out = spec.commandLine().getOut();
    var summary = content.summary();
    out.println(
        messages.get(
            "cli.summary.rows", summary.rowsRead(), summary.rowsUsed(), summary.rowsRejected(), summary.duplicateRows()));
    out.println(messages.get("cli.summary.network", summary.respondents(), summary.organisations(), summary.externalPersons()));
    List<String> highRisk =
        content.fragility().highRisk().stream().map(row -> row.organisation().name()).toList();
    out.println(
        highRisk.isEmpty()
            ? messages.get("cli.summary.high.risk.none")
            : messages.get("cli.summary.high.risk", highRisk.size(), String.join("; ", highRisk)));
    int actions = content.actions().actions().size();
    out.println(
        actions == 0
            ? messages.get("cli.summary.actions.none")
            : messages.get("cli.summary.actions", actions, messages.get("sheet.actions")));
    content.leave().ifPresent(scenario -> printScenario(messages, out, scenario));
    content.handover().ifPresent(handover -> printHandover(messages, out, handover));
    if (content.survey().problemCount() > 0) {
      out.println(messages.get("cli.summary.problems", content.survey().problemCount()));
    }
    if (!written.fullGraphFiles()) {
      out.println(messages.get("cli.summary.graph.summary"));
    }
    out.println(messages.get("cli.summary.report", folder.toAbsolutePath().normalize().toString()));
    out.println(messages.get("cli.summary.explorer",
        folder.toAbsolutePath().normalize().resolve(messages.get("report.file.explorer")).toString()));
  }

  private static void printScenario(Messages messages, PrintWriter out, LeaveScenario.Result scenario) {
    out.println(
        messages.get(
            "cli.summary.scenario",
            scenario.lostContact().size(),
            scenario.weakened().size(),
            scenario.contactsLost()));
    if (!scenario.unmatched().isEmpty()) {
      out.println(messages.get("cli.summary.scenario.unmatched", String.join("; ", scenario.unmatched())));
    }
  }

  /**
   * One line per leaver: to whom each organisation goes (the first {@link #HANDOVERS_SHOWN}; the
   * sheet Overdracht has them all), or for a leaving external person whom to ask for a successor.
   */
  private static void printHandover(Messages messages, PrintWriter out, HandoverAnalysis.Result handover) {
    ActionTexts texts = new ActionTexts(messages);
    handover.byLeaver().forEach((leaver, rows) -> {
      String name = leaver.name().orElseThrow();
      if (leaver.side() == Side.EXTERNAL) {
        out.println(messages.get("cli.summary.handover.person", name, rows.get(0).organisation().name()));
        return;
      }
      List<String> parts = new ArrayList<>();
      for (HandoverAnalysis.Handover row : rows.subList(0, Math.min(HANDOVERS_SHOWN, rows.size()))) {
        parts.add(
            row.successor().isPresent()
                ? messages.get("cli.summary.handover.to", row.organisation().name(), texts.successor(row))
                : messages.get("cli.summary.handover.nobody", row.organisation().name(), messages.get("sheet.handover")));
      }
      if (rows.size() > HANDOVERS_SHOWN) {
        parts.add(messages.get("cli.summary.handover.more", rows.size() - HANDOVERS_SHOWN));
      }
      out.println(messages.get("cli.summary.handover.staff", name, String.join("; ", parts)));
    });
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** What the operating system said, briefly: the file system's reason, else the kind of failure. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getClass().getSimpleName();
  }

  /**
   * The codes standing for a name given with --leave, matched like names in the survey; the name
   * itself when it matches nobody, so the scenario can say so.
   */
  /** The unit {@code name} names, matched as names are; Onbekend / Unknown names the unit of none. */
  private static Optional<Unit> unitNamed(Survey survey, String name, Messages messages) {
    String key = Names.key(name);
    return survey.units().stream()
        .filter(unit -> unit.isUnknown() ? key.equals(Names.key(messages.get("unit.unknown"))) : unit.key().equals(key))
        .findFirst();
  }

  private static String unitNames(Survey survey, Messages messages) {
    return String.join(", ", survey.units().stream()
        .map(unit -> unit.isUnknown() ? messages.get("unit.unknown") : unit.name())
        .sorted()
        .toList());
  }

  static List<String> codesOf(Pseudonyms.PseudonymisedSurvey coded, String name) {
    String wanted = Names.key(name);
    List<String> codes =
        coded.codeByName().entrySet().stream()
            .filter(entry -> Names.key(entry.getKey()).equals(wanted))
            .map(java.util.Map.Entry::getValue)
            .sorted()
            .toList();
    return codes.isEmpty() ? List.of(name) : codes;
  }

  /** The survey year from a file name such as enquete-2024.xlsx, if it has one. */
  static OptionalInt yearIn(Path file) {
    Matcher matcher = YEAR.matcher(file.getFileName().toString());
    return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
  }

  private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");

  /** The survey's file name without extension: the default report folder's name. */
  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  enum Language {
    nl,
    en
  }
}
