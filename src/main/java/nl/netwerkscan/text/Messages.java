package nl.netwerkscan.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;

/**
 * Every text a user reads, from the resource bundles {@code Messages.properties} (English) and
 * {@code Messages_nl.properties} (Dutch, the default). Keys travel through the pipeline; text is
 * made here, last, so one code path serves both languages.
 */
public final class Messages {
  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;
  private static final String BUNDLE = "nl.netwerkscan.text.Messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    // Control without fallback: an English run on a Dutch machine must not get Dutch texts.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Messages of(Locale locale) {
    return new Messages(Objects.requireNonNull(locale));
  }

  /** {@code nl} or {@code en}, as the {@code --lang} option takes it. */
  public static Messages forLanguage(String language) {
    return of("en".equalsIgnoreCase(language) ? ENGLISH : DUTCH);
  }

  public Locale locale() {
    return locale;
  }

  /** The text of {@code key}, with {@code arguments} put in by {@link MessageFormat}. */
  public String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text for key " + key + " in " + locale, e);
    }
    return new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * The text of a survey problem. An invalid answer names its aspect by key; the labels of that
   * aspect's scale are put in here, in the report's language.
   */
  public String problem(Problem problem) {
    Object[] arguments = problem.arguments().toArray();
    if (problem.kind() == ProblemKind.INVALID_ANSWER && arguments.length == 3) {
      arguments[2] = scaleLabels((String) arguments[2]);
    }
    return get(problem.kind().messageKey(), arguments);
  }

  /** The labels of one aspect's scale, 5 down to 1, as the report shows its answers. */
  private String scaleLabels(String aspectKey) {
    StringBuilder labels = new StringBuilder();
    for (int value = Answers.MAX; value >= Answers.MIN; value--) {
      labels.append(value < Answers.MAX ? ", " : "").append(get("answer." + aspectKey + "." + value));
    }
    return labels.toString();
  }

  public String label(Aspect aspect) {
    return get("aspect." + aspect.key());
  }

  public String label(OrganisationType type) {
    return type.builtIn().map(b -> get("type." + key(b))).orElse(type.customName());
  }

  public String label(FunctionGroup function) {
    return function.builtIn().map(b -> get("function." + key(b))).orElse(function.customName());
  }

  private static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '.');
  }
}
