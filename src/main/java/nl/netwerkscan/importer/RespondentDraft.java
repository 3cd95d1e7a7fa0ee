package nl.netwerkscan.importer;

import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.Respondent;

/**
 * A respondent until all rows are read; identity equality, one per matching key. Its function is
 * the first one met in its rows, so the contacts made before that carry a provisional respondent
 * with an unknown function, replaced when the reading ends ({@link ContactRows#contacts}).
 */
final class RespondentDraft {
  final String key;
  final String name;
  FunctionGroup function;
  String functionText;
  /** The respondent its first contacts carry: the function still unknown. */
  final Respondent provisional;
  /** The respondent its contacts carry from now on: provisional until a function is met. */
  Respondent current;

  RespondentDraft(String key, String name) {
    this.key = key;
    this.name = name;
    this.provisional = new Respondent(key, name, FunctionGroup.UNKNOWN);
    this.current = provisional;
  }

  /** Notes the respondent's function, met for the first time. */
  void settle(FunctionGroup first) {
    function = first;
    current = new Respondent(key, name, first);
  }
}
