package nl.netwerkscan.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The mistakes of the example survey, each once, so a reader of its problem list knows exactly
 * what to expect: an organisation spelt as an alias ("Alfa college"), a contact person written
 * carelessly ("j de vries" for "J. de Vries"), two answers off the scale ("vaak", 7), a row
 * without organisation, a row typed in twice, and a benefit consultant who left the function
 * column empty (the roster knows it). The unknown organisation is part of the plan itself.
 */
final class ExampleMistakes {

  static final String ALIAS_SPELLING = "Alfa college";

  private ExampleMistakes() {}

  static List<SurveyRow> plant(Random random, List<SurveyRow> rows, ExampleStaff staff) {
    List<SurveyRow> result = new ArrayList<>(rows);
    replaceFirst(result, "Alfacollege", row -> row.with(SurveyRow.ORGANISATION, ALIAS_SPELLING));
    replaceLast(
        result,
        "CWI",
        row -> row.with(
            SurveyRow.CONTACT_PERSON, DutchNames.sloppy(row.text(SurveyRow.CONTACT_PERSON))));
    int vaak = ordinaryRow(random, result, /* named= */ false);
    result.set(vaak, result.get(vaak).with(SurveyRow.FIRST_ANSWER, "vaak"));
    int seven = ordinaryRow(random, result, /* named= */ false);
    result.set(seven, result.get(seven).with(SurveyRow.FIRST_ANSWER + 1, 7));
    String silentFunction = firstOf(staff, ExamplePlan.Group.BENEFIT_CONSULTANT);
    result.replaceAll(
        row -> row.text(SurveyRow.RESPONDENT).equals(silentFunction)
            ? row.with(SurveyRow.FUNCTION, null)
            : row);
    // inserted right after a row of the same form, the way they happen while typing forms in
    int forgotten = ordinaryRow(random, result, /* named= */ true);
    result.add(forgotten + 1, result.get(forgotten).with(SurveyRow.ORGANISATION, null));
    int twice = ordinaryRow(random, result, /* named= */ false);
    result.add(twice + 1, result.get(twice));
    return result;
  }

  /**
   * A random row at an organisation outside the study's bandwidth table and with an
   * organisation, so the mistakes leave the figures the example promises intact; with
   * {@code named}, one that names a person (a forgotten organisation is noticed by its person).
   */
  private static int ordinaryRow(Random random, List<SurveyRow> rows, boolean named) {
    Set<String> fixed =
        ExamplePlan.BANDWIDTH.stream()
            .map(ExamplePlan.OrganisationSpec::name)
            .collect(Collectors.toSet());
    while (true) {
      int index = random.nextInt(rows.size());
      SurveyRow row = rows.get(index);
      String organisation = row.text(SurveyRow.ORGANISATION);
      boolean clean =
          !organisation.isEmpty()
              && !fixed.contains(organisation)
              && (!named || !row.text(SurveyRow.CONTACT_PERSON).isEmpty())
              && row.cells().subList(SurveyRow.FIRST_ANSWER, SurveyRow.FIRST_ANSWER + 2).stream()
                  .allMatch(value -> value == null || value instanceof Integer i && i <= 5);
      if (clean) {
        return index;
      }
    }
  }

  private static String firstOf(ExampleStaff staff, ExamplePlan.Group group) {
    return staff.respondents().stream()
        .filter(member -> member.group() == group)
        .findFirst()
        .orElseThrow()
        .name();
  }

  private static void replaceFirst(
      List<SurveyRow> rows, String organisation, UnaryOperator<SurveyRow> change) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).text(SurveyRow.ORGANISATION).equals(organisation)) {
        rows.set(i, change.apply(rows.get(i)));
        return;
      }
    }
    throw new IllegalStateException("no row at " + organisation);
  }

  private static void replaceLast(
      List<SurveyRow> rows, String organisation, UnaryOperator<SurveyRow> change) {
    for (int i = rows.size() - 1; i >= 0; i--) {
      SurveyRow row = rows.get(i);
      if (row.text(SurveyRow.ORGANISATION).equals(organisation)
          && !row.text(SurveyRow.CONTACT_PERSON).isEmpty()) {
        rows.set(i, change.apply(row));
        return;
      }
    }
    throw new IllegalStateException("no named row at " + organisation);
  }
}
