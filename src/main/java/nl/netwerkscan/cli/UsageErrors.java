package nl.netwerkscan.cli;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkscan.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Wrong usage in the user's language (report contract: exit 2): one sentence naming what was
 * wrong, and for a value the ones allowed, then one line pointing to {@code --help}, as GNU
 * tools do, instead of picocli's English message followed by the whole help.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  private final Messages messages;

  UsageErrors(Messages messages) {
    this.messages = messages;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command.getErr().println(sentence(e));
    command.getErr().println(messages.get("usage.help.hint", command.getCommandSpec().qualifiedName()));
    return Cli.EXIT_USAGE;
  }

  String sentence(ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      return messages.get("usage.unknown", String.join(" ", unmatched.getUnmatched()));
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      List<String> names = new ArrayList<>();
      missing.getMissing().forEach(spec -> names.add(name(spec)));
      return messages.get("usage.missing", String.join(", ", names));
    }
    ArgSpec spec = e.getArgSpec();
    if (spec != null && e.getValue() != null) {
      List<String> allowed = new ArrayList<>();
      if (spec.completionCandidates() != null) {
        spec.completionCandidates().forEach(allowed::add);
      }
      return allowed.isEmpty()
          ? messages.get("usage.invalid", name(spec), e.getValue())
          : messages.get("usage.invalid.choice", name(spec), e.getValue(), String.join(", ", allowed));
    }
    return e.getMessage(); // thrown by a command with a text from the bundles already
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.names()[0] : spec.paramLabel();
  }
}
