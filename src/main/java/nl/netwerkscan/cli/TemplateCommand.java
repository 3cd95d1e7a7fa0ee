package nl.netwerkscan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.importer.SurveyException;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.importer.SurveyVocabulary;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.template.SurveyTemplate;
import nl.netwerkscan.template.TemplateContent;
import nl.netwerkscan.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netwerkscan template OUT.xlsx [--from LAST_YEAR]}: writes an empty survey workbook for
 * the coordinator to hand out, pre-filled with last year's contacts when asked.
 */
@Command(
    name = "template",
    aliases = "sjabloon",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false)
final class TemplateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUT.xlsx", descriptionKey = "template.out")
  Path target;

  @Option(names = {"--lang", "--taal"}, paramLabel = "nl|en", defaultValue = "nl", descriptionKey = "template.lang")
  AnalyseCommand.Language language;

  @Option(names = {"--from", "--van"}, paramLabel = "LAST_YEAR_SURVEY", descriptionKey = "template.from")
  Path from;

  @Option(names = "--verbose", descriptionKey = "verbose")
  boolean verbose;

  @Override
  public Integer call() {
    Messages messages = Messages.forLanguage(language.name());
    PrintWriter err = spec.commandLine().getErr();
    String name = target.getFileName() == null ? target.toString() : target.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      err.println(messages.get("template.error.not.xlsx", target.toString()));
      return Cli.EXIT_USAGE;
    }
    if (Files.isDirectory(target)) {
      err.println(messages.get("template.error.is.folder", target.toString()));
      return Cli.EXIT_USAGE;
    }
    TemplateContent content = TemplateContent.empty();
    if (from != null) {
      if (sameFile(from, target)) {
        err.println(messages.get("template.error.same.file", target.toString()));
        return Cli.EXIT_USAGE;
      }
      try {
        Survey lastYear = SurveyReader.read(from, ImportOptions.defaults());
        content = TemplateContent.fromSurvey(lastYear);
      } catch (SurveyException e) {
        err.println(messages.get(e.key(), e.arguments().toArray()));
        return Cli.EXIT_UNUSABLE;
      }
    }
    try {
      SurveyTemplate.write(target, content, vocabularyLanguage());
    } catch (IOException e) {
      err.println(messages.get("template.error.write", target.toString(), String.valueOf(e.getMessage())));
      return Cli.EXIT_USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (from != null) {
      out.println(
          messages.get("template.written.from", content.contacts().size(), content.staff().size(), from.getFileName().toString()));
    }
    out.println(messages.get("template.written", target.toAbsolutePath().normalize().toString()));
    return 0;
  }

  private SurveyVocabulary.Language vocabularyLanguage() {
    return language == AnalyseCommand.Language.en ? SurveyVocabulary.Language.ENGLISH : SurveyVocabulary.Language.DUTCH;
  }

  /** Whether writing {@code target} would overwrite {@code survey}, through any path spelling. */
  static boolean sameFile(Path survey, Path target) {
    try {
      if (Files.exists(survey) && Files.exists(target)) {
        return Files.isSameFile(survey, target);
      }
    } catch (IOException e) {
      // fall through to comparing the paths
    }
    return survey.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize());
  }
}
