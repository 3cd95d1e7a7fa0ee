package nl.netwerkscan.model;

/** What is wrong; each kind has a message key in the resource bundles. */
public enum ProblemKind {
  MISSING_RESPONDENT,
  MISSING_ORGANISATION,
  DUPLICATE_ROW,
  INVALID_ANSWER,
  INVALID_IN_HOUSE,
  UNCLASSIFIED_ORGANISATION,
  UNKNOWN_COLUMN,
  CONFLICTING_FUNCTION,
  INVALID_ORGANISATION_ROW,
  INVALID_STAFF_ROW,
  INVALID_ASKED,
  CONFLICTING_UNIT;

  /** The resource bundle key of this problem's text. */
  public String messageKey() {
    return "problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
  }
}
