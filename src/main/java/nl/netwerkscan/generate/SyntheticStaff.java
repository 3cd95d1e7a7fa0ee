package nl.netwerkscan.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Our own staff in a synthetic survey: the respondents (about one per 16 rows, as in the study:
 * 429 contacts from 26 forms), a few anonymous forms, and the colleagues who were asked but did
 * not answer, so the roster and the response figures have something to show.
 */
final class SyntheticStaff {

  private static final int ROWS_PER_RESPONDENT = 16;
  private static final int MIN_RESPONDENTS = 5;

  /** Function groups and their share of the staff, roughly the study's 14/12/10/5. */
  private static final List<String> FUNCTIONS =
      List.of(
          SurveyLayout.CASE_MANAGER,
          SurveyLayout.BENEFIT_CONSULTANT,
          SurveyLayout.FINANCIAL_CONSULTANT,
          SurveyLayout.MANAGER);

  private static final double[] FUNCTION_SHARES = {0.35, 0.30, 0.25, 0.10};

  /**
   * One staff member.
   *
   * @param function the function group, null for an anonymous form
   * @param rows how many contacts this member lists; 0 for those who did not answer
   * @param functionOnForm whether the form names the function, or leaves it to the roster
   */
  record Member(String name, String function, int rows, boolean functionOnForm) {
    boolean anonymous() {
      return function == null;
    }
  }

  private final List<Member> respondents = new ArrayList<>();
  private final List<Member> silent = new ArrayList<>();

  private SyntheticStaff() {}

  static SyntheticStaff create(Random random, int rows) {
    SyntheticStaff staff = new SyntheticStaff();
    int count = respondentCount(rows);
    int anonymous = Math.max(1, count / 40);
    int[] rowCounts = spread(random, rows, count);
    Set<String> usedNames = new HashSet<>();
    for (int i = 0; i < count; i++) {
      boolean isAnonymous = i >= count - anonymous;
      String name =
          isAnonymous
              ? "anoniem-" + (i - (count - anonymous) + 1)
              : DutchNames.uniqueStaffName(random, usedNames);
      String function = isAnonymous ? null : function(random);
      staff.respondents.add(new Member(name, function, rowCounts[i], random.nextInt(100) >= 3));
    }
    int silentCount = Math.max(2, count / 20);
    for (int i = 0; i < silentCount; i++) {
      String name = DutchNames.uniqueStaffName(random, usedNames);
      staff.silent.add(new Member(name, function(random), 0, false));
    }
    return staff;
  }

  /** Respondents in a survey of {@code rows} rows, anonymous forms included. */
  static int respondentCount(int rows) {
    return Math.max(MIN_RESPONDENTS, rows / ROWS_PER_RESPONDENT);
  }

  /**
   * Splits {@code rows} over {@code count} respondents with weights 1..30 (forms list up to
   * about 30 contacts); the rows lost to rounding go one each to the first respondents.
   */
  private static int[] spread(Random random, int rows, int count) {
    int[] weights = new int[count];
    long total = 0;
    for (int i = 0; i < count; i++) {
      weights[i] = 1 + random.nextInt(30);
      total += weights[i];
    }
    int[] counts = new int[count];
    long assigned = 0;
    for (int i = 0; i < count; i++) {
      counts[i] = (int) ((long) rows * weights[i] / total);
      assigned += counts[i];
    }
    for (int i = 0; assigned < rows; i++, assigned++) {
      counts[i]++;
    }
    return counts;
  }

  private static String function(Random random) {
    return FUNCTIONS.get(Weights.draw(random, FUNCTION_SHARES));
  }

  List<Member> respondents() {
    return respondents;
  }

  /** Asked, but returned no form. */
  List<Member> silent() {
    return silent;
  }
}
