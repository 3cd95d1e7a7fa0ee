package nl.netwerkscan.report.diagram;

/**
 * How a relation changed between two surveys, as the change diagram marks it. The diagram's own
 * copy of the comparison analysis's change, so that drawing depends on nothing but its inputs.
 */
public enum ChangeKind {
  /** Contacts in the new survey, none in the old. */
  NEW,
  /** Contacts in the old survey, none in the new. */
  GONE,
  /** Lower risk, or at the same risk more resilience. */
  STRONGER,
  /** Higher risk, or at the same risk less resilience. */
  WEAKER,
  SAME
}
