package nl.netwerkscan.cli;

import java.nio.file.Path;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.text.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that say how a survey is read and judged, shared by {@code analyse} and {@code
 * trend} so both read a year the same way: our own name, the extra organisation list, and the
 * risk thresholds.
 */
final class SurveyOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = {"--home", "--thuis"}, paramLabel = "NAME", descriptionKey = "home")
  String home;

  @Option(names = {"--organisations", "--organisaties"}, paramLabel = "FILE", descriptionKey = "organisations")
  Path organisations;

  @Option(names = {"--min-contacts", "--min-contacten"}, paramLabel = "N", defaultValue = "3", descriptionKey = "min.contacts")
  int minContacts;

  @Option(names = {"--max-share", "--max-aandeel"}, paramLabel = "FRACTION", defaultValue = "0.5", descriptionKey = "max.share")
  double maxShare;

  /** The thresholds of --min-contacts and --max-share; out of range is wrong usage (exit 2). */
  FragilityAnalysis.Thresholds thresholds(Messages messages) {
    if (minContacts < 1) {
      throw new ParameterException(mixee.commandLine(), messages.get("error.min.contacts", minContacts));
    }
    if (!(maxShare >= 0 && maxShare <= 1)) {
      throw new ParameterException(mixee.commandLine(), messages.get("error.max.share", String.valueOf(maxShare)));
    }
    return new FragilityAnalysis.Thresholds(minContacts, maxShare);
  }

  /** Our own organisation's name: --home, else the bundle's default. */
  String home(Messages messages) {
    return home != null ? home : messages.get("home.default");
  }

  /** The import options with the --organisations list, if one was given. */
  ImportOptions apply(ImportOptions options) {
    return organisations == null ? options : options.withOrganisations(organisations);
  }
}
