package nl.netwerkscan.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One data row of the Contacten sheet as it will be written, mistakes included. Cells hold a
 * String (text cell), a Number (numeric cell) or null (cell left out), in header order; a
 * survey with units has one more cell, the Team, last.
 */
record SurveyRow(List<Object> cells) {

  static final int RESPONDENT = 0;
  static final int FUNCTION = 1;
  static final int ORGANISATION = 2;
  static final int CONTACT_PERSON = 3;
  static final int IN_HOUSE = 4;
  static final int FIRST_ANSWER = 5;
  static final int UNIT = 12;

  SurveyRow {
    if (cells.size() != UNIT && cells.size() != UNIT + 1) {
      throw new IllegalArgumentException("a contact row has 12 or 13 cells, not " + cells.size());
    }
    // List.copyOf refuses nulls, and null is how a row says "empty cell"
    cells = Collections.unmodifiableList(new ArrayList<>(cells));
  }

  static SurveyRow of(
      String respondent,
      String function,
      String organisation,
      String contactPerson,
      String inHouse,
      List<Object> answers) {
    List<Object> cells = new ArrayList<>(SurveyLayout.CONTACT_HEADERS.size());
    cells.add(respondent);
    cells.add(function);
    cells.add(organisation);
    cells.add(contactPerson);
    cells.add(inHouse);
    cells.addAll(answers);
    return new SurveyRow(cells);
  }

  /** This row with a Team cell appended; {@code unit} null leaves it empty. */
  SurveyRow withUnit(String unit) {
    List<Object> copy = new ArrayList<>(cells);
    copy.add(unit);
    return new SurveyRow(copy);
  }

  Object cell(int column) {
    return cells.get(column);
  }

  /** A copy with one cell replaced: how the generators plant a mistake in a good row. */
  SurveyRow with(int column, Object value) {
    List<Object> copy = new ArrayList<>(cells);
    copy.set(column, value);
    return new SurveyRow(copy);
  }

  String text(int column) {
    return Objects.toString(cells.get(column), "");
  }
}
