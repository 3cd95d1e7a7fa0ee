package nl.netwerkscan.importer;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Unit;

/**
 * A respondent until all rows are read; identity equality, one per matching key. Its function
 * and its unit are the first ones met in its rows, so the contacts made before those carry an
 * earlier version of the respondent (function or unit still unknown), replaced when the reading
 * ends ({@link ContactRows#contacts}).
 */
final class RespondentDraft {
  final String key;
  final String name;
  FunctionGroup function;
  String functionText;
  Unit unit;
  String unitText;
  /** The respondent its first contacts carry: function and unit still unknown. */
  final Respondent provisional;
  /** The respondent its contacts carry from now on. */
  Respondent current;
  /** Every version its contacts may carry, the provisional one first. */
  final List<Respondent> versions = new ArrayList<>(1);

  RespondentDraft(String key, String name) {
    this.key = key;
    this.name = name;
    this.provisional = new Respondent(key, name, FunctionGroup.UNKNOWN);
    this.current = provisional;
    versions.add(provisional);
  }

  /** Notes the respondent's function, met for the first time. */
  void settle(FunctionGroup first) {
    function = first;
    renew();
  }

  /** Notes the respondent's unit, met for the first time. */
  void settle(Unit first) {
    unit = first;
    renew();
  }

  private void renew() {
    current = new Respondent(
        key, name, function == null ? FunctionGroup.UNKNOWN : function, unit == null ? Unit.UNKNOWN : unit);
    versions.add(current);
  }
}
