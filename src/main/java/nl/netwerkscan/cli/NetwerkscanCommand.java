package nl.netwerkscan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command; it only groups the subcommands. */
@Command(
    name = "netwerkscan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {AnalyseCommand.class, CompareCommand.class, TrendCommand.class, TemplateCommand.class, GenerateCommand.class})
final class NetwerkscanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** No subcommand given: say what to do, show what there is, and call it wrong usage. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println(spec.commandLine().getResourceBundle().getString("error.no.command"));
    spec.commandLine().usage(spec.commandLine().getErr());
    return Cli.EXIT_USAGE;
  }
}
