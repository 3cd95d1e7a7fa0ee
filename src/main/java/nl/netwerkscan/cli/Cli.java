package nl.netwerkscan.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.ResourceBundle;
import nl.netwerkscan.importer.PoiLimits;
import nl.netwerkscan.text.Messages;
import picocli.CommandLine;

/**
 * Builds the picocli command line: the subcommands, the help texts in the user's language, and
 * the exit statuses of report-contract.md (0 written, 1 survey unusable, 2 wrong usage, 70 a
 * bug). All output goes through the given writers, so tests run it in-process.
 */
public final class Cli {
  public static final int EXIT_UNUSABLE = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_INTERNAL = 70;
  private static final String HELP_BUNDLE = "nl.netwerkscan.cli.Help";

  private Cli() {}

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    System.setProperty("java.awt.headless", "true");
    PoiLimits.apply(); // before any POI use, reading or writing: the limits are JVM-wide
    Messages messages = Messages.forLanguage(languageIn(args));
    CommandLine commandLine = new CommandLine(new NetwerkscanCommand());
    commandLine.setResourceBundle(
        ResourceBundle.getBundle(
            HELP_BUNDLE,
            messages.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(new UsageErrors(messages));
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          err.println(messages.get("error.internal", exception.getClass().getSimpleName()));
          if (Arrays.asList(args).contains("--verbose")) {
            exception.printStackTrace(err);
          }
          return EXIT_INTERNAL;
        });
    int status;
    try {
      status = commandLine.execute(args);
    } catch (OutOfMemoryError | StackOverflowError | LinkageError e) {
      // picocli's handler sees only Exceptions; these Errors are bugs or a machine out of room,
      // still worth one line rather than a stack trace (report-contract.md, exit 70).
      err.println(messages.get("error.internal", e.getClass().getSimpleName()));
      if (Arrays.asList(args).contains("--verbose")) {
        e.printStackTrace(err);
      }
      status = EXIT_INTERNAL;
    }
    out.flush();
    err.flush();
    return status;
  }

  /** The --lang/--taal value, read before parsing so even usage errors speak the right language. */
  static String languageIn(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if ((arg.equals("--lang") || arg.equals("--taal")) && i + 1 < args.length) {
        return args[i + 1];
      }
      if (arg.startsWith("--lang=") || arg.startsWith("--taal=")) {
        return arg.substring(arg.indexOf('=') + 1);
      }
    }
    return "nl";
  }
}
