package nl.netwerkscan.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.OrganisationType;

/**
 * The words of the survey (survey-format.md) for code that writes one, such as the template: the
 * sheet names, headers, function groups, yes/no, scale labels and the built-in classification,
 * in Dutch or English. They come from the same tables the reader matches against, so whatever
 * is written with these words reads back without a problem.
 */
public final class SurveyVocabulary {
  /** The language of a survey's words: Dutch (the default) or English. */
  public enum Language {
    DUTCH,
    ENGLISH;

    boolean english() {
      return this == ENGLISH;
    }
  }

  /** An organisation of a classification: canonical name, type and other spellings. */
  public record OrganisationEntry(String name, OrganisationType type, List<String> aliases) {
    public OrganisationEntry {
      Objects.requireNonNull(name);
      Objects.requireNonNull(type);
      aliases = List.copyOf(aliases);
    }
  }

  private SurveyVocabulary() {}

  public static String contactSheet(Language language) {
    return language.english() ? "Contacts" : "Contacten";
  }

  public static String organisationSheet(Language language) {
    return language.english() ? "Organisations" : "Organisaties";
  }

  public static String staffSheet(Language language) {
    return language.english() ? "Staff" : "Medewerkers";
  }

  /** The header of a Contacten column; {@code Column.values()} is the contract's order. */
  public static String header(Column column, Language language) {
    return language.english() ? column.englishHeader() : column.dutchHeader();
  }

  /** Organisatie | Soort | Aliassen (Organisation | Type | Aliases). */
  public static List<String> organisationHeaders(Language language) {
    return headers(language, SideSheets.ORGANISATION_NAME, SideSheets.ORGANISATION_TYPE, SideSheets.ORGANISATION_ALIASES);
  }

  /** Respondent | Functie | Aangeschreven | Team (Respondent | Function | Asked | Unit). */
  public static List<String> staffHeaders(Language language) {
    return headers(
        language, SideSheets.STAFF_NAME, SideSheets.STAFF_FUNCTION, SideSheets.STAFF_ASKED, SideSheets.STAFF_UNIT);
  }

  private static List<String> headers(Language language, String[]... spellings) {
    return Arrays.stream(spellings).map(s -> s[language.english() ? 1 : 0]).toList();
  }

  /** The study's four function groups, in its order (not Unknown: that is an empty cell). */
  public static List<String> functionGroups(Language language) {
    List<String> names = new ArrayList<>();
    for (FunctionGroup.BuiltIn builtIn : FunctionGroup.BuiltIn.values()) {
      if (builtIn != FunctionGroup.BuiltIn.UNKNOWN) {
        names.add(Parsing.functionName(builtIn, language.english()));
      }
    }
    return names;
  }

  /** How a function group is written: its name, or the empty cell for Unknown. */
  public static String functionName(FunctionGroup function, Language language) {
    if (function.isUnknown()) {
      return "";
    }
    return function.builtIn().map(b -> Parsing.functionName(b, language.english())).orElse(function.customName());
  }

  /** "ja" or "yes". */
  public static String yes(Language language) {
    return Parsing.yesNoWord(/* yes= */ true, language.english());
  }

  /** "nee" or "no". */
  public static String no(Language language) {
    return Parsing.yesNoWord(/* yes= */ false, language.english());
  }

  /** The five answer labels of an aspect's scale, 5 (closest) first. */
  public static List<String> scaleLabels(Aspect aspect, Language language) {
    return Scales.labels(aspect, language.english());
  }

  /** The study's organisation types in its order (not Unknown: that is an empty cell). */
  public static List<String> organisationTypes(Language language) {
    List<String> names = new ArrayList<>();
    for (OrganisationType.BuiltIn builtIn : OrganisationType.BuiltIn.values()) {
      if (builtIn != OrganisationType.BuiltIn.UNKNOWN) {
        names.add(Classification.typeName(builtIn, language.english()));
      }
    }
    return names;
  }

  /** How a type is written in the Organisaties sheet: its name, or empty for Unknown. */
  public static String typeName(OrganisationType type, Language language) {
    if (type.isUnknown()) {
      return "";
    }
    return type.builtIn().map(b -> Classification.typeName(b, language.english())).orElse(type.customName());
  }

  /** The built-in classification (organisation-types.csv), in the file's order. */
  public static List<OrganisationEntry> builtInOrganisations() {
    return Classification.builtIn().entries();
  }
}
