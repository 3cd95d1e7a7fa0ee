package nl.netwerkscan.importer;

import nl.netwerkscan.model.Names;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.netwerkscan.model.Aspect;

/**
 * The columns of the Contacten sheet in the contract's order, with every header spelling that
 * names them: the Dutch header first, then the English one, then other accepted spellings.
 * Public only as a name for a column (see {@link SurveyVocabulary}); its matching stays inside.
 */
public enum Column {
  RESPONDENT(true, null, "Respondent", "Respondent"),
  FUNCTION(false, null, "Functie", "Function", "Functiegroep", "Function group"),
  ORGANISATION(true, null, "Organisatie", "Organisation", "Organization"),
  PERSON(false, null, "Contactpersoon", "Contact person", "Contact"),
  IN_HOUSE(false, null, "Inpandig", "In-house", "In house"),
  INTENSITY(false, Aspect.INTENSITY, "Intensiteit", "Intensity"),
  IMPORTANCE(false, Aspect.IMPORTANCE, "Belang", "Importance"),
  DEPENDENCY(false, Aspect.DEPENDENCY, "Afhankelijkheid", "Dependency", "Noodzaak"),
  COOPERATION(false, Aspect.COOPERATION, "Samenwerking", "Cooperation", "Co-operation"),
  EXPERTISE(false, Aspect.EXPERTISE, "Deskundigheid", "Expertise"),
  RELIABILITY(false, Aspect.RELIABILITY, "Betrouwbaarheid", "Reliability"),
  TRUST(false, Aspect.TRUST, "Vertrouwen", "Trust"),
  TEAM(false, null, "Team", "Unit", "Afdeling", "Eenheid", "Gemeente", "Department", "Municipality");

  private static final Map<String, Column> BY_KEY = new HashMap<>();

  static {
    for (Column column : values()) {
      for (String header : column.headers) {
        BY_KEY.put(Names.key(header), column);
      }
    }
  }

  private final boolean required;
  private final Aspect aspect;
  private final String[] headers;

  Column(boolean required, Aspect aspect, String dutch, String english, String... others) {
    this.required = required;
    this.aspect = aspect;
    this.headers = new String[2 + others.length];
    headers[0] = dutch;
    headers[1] = english;
    System.arraycopy(others, 0, headers, 2, others.length);
  }

  boolean required() {
    return required;
  }

  /** The aspect this column rates, empty for the descriptive columns. */
  public Optional<Aspect> aspect() {
    return Optional.ofNullable(aspect);
  }

  /** Every accepted spelling of the header, the Dutch one first, then the English one. */
  String[] headers() {
    return headers.clone();
  }

  /** The Dutch header, as the template writes it and messages name a missing column. */
  String dutchHeader() {
    return headers[0];
  }

  /** The English header, as the template writes it with --lang en. */
  String englishHeader() {
    return headers[1];
  }

  /** The column a header names, matched without case, accents, spaces or punctuation. */
  static Optional<Column> forHeader(String header) {
    return Optional.ofNullable(BY_KEY.get(Names.key(header)));
  }

  static Column forAspect(Aspect aspect) {
    for (Column column : values()) {
      if (column.aspect == aspect) {
        return column;
      }
    }
    throw new IllegalArgumentException(aspect.name());
  }
}
