package nl.netwerkscan.importer;

import java.util.List;

/**
 * The survey cannot be used at all (missing, unreadable, not a spreadsheet, a required column
 * missing, no usable row). Carries a message key and its arguments, not text, so the command
 * line can say it in the user's language; the arguments name the file, sheet and column.
 */
public final class SurveyException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final List<String> arguments;

  public SurveyException(String key, String... arguments) {
    this(key, null, arguments);
  }

  public SurveyException(String key, Throwable cause, String... arguments) {
    super(key + " " + List.of(arguments), cause);
    this.key = key;
    this.arguments = List.of(arguments);
  }

  /** The resource bundle key, {@code error.*}. */
  public String key() {
    return key;
  }

  public List<String> arguments() {
    return arguments;
  }
}
