package nl.netwerkscan.importer;

import nl.netwerkscan.model.FunctionGroup;

/** A respondent until all rows are read; identity equality, one per matching key. */
final class RespondentDraft {
  final String key;
  final String name;
  FunctionGroup function;
  String functionText;

  RespondentDraft(String key, String name) {
    this.key = key;
    this.name = name;
  }
}
