package nl.netwerkscan.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One data row of the Contacten sheet as it will be written, mistakes included. Cells hold a
 * String (text cell), a Number (numeric cell) or null (cell left out), in header order.
 */
record SurveyRow(List<Object> cells) {

  static final int RESPONDENT = 0;
  static final int FUNCTION = 1;
  static final int ORGANISATION = 2;
  static final int CONTACT_PERSON = 3;
  static final int IN_HOUSE = 4;
  static final int FIRST_ANSWER = 5;

  SurveyRow {
    if (cells.size() != SurveyLayout.CONTACT_HEADERS.size()) {
      throw new IllegalArgumentException("a contact row has 12 cells, not " + cells.size());
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
