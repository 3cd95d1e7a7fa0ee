package nl.netwerkscan.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The units (teams, departments, municipalities) of a synthetic roll-up survey: every staff
 * member belongs to one, every unit has at least one respondent, and the sizes fall off as a
 * region's municipalities do, a few large and many smaller (350 units over a million rows: from
 * about 3,700 respondents down to about 50).
 *
 * <p>Units draw from their own random stream: a survey generated with units has the same rows
 * as the one without, plus the Team cell.
 */
final class SyntheticUnits {

  /** Unit k weighs 1/(k+1)^SKEW. */
  private static final double SKEW = 0.7;

  private final Map<SyntheticStaff.Member, String> unitOf;

  private SyntheticUnits(Map<SyntheticStaff.Member, String> unitOf) {
    this.unitOf = unitOf;
  }

  static SyntheticUnits none() {
    return new SyntheticUnits(Map.of());
  }

  /**
   * Spreads the staff over {@code count} units named Team 1 .. Team count (zero-padded so they
   * sort as numbers).
   *
   * @throws IllegalArgumentException if there are fewer respondents than units
   */
  static SyntheticUnits spread(long seed, int count, SyntheticStaff staff) {
    List<SyntheticStaff.Member> respondents = staff.respondents();
    if (count < 1 || count > respondents.size()) {
      throw new IllegalArgumentException(
          "units must be between 1 and " + respondents.size() + ", not " + count);
    }
    String format = "Team %0" + String.valueOf(count).length() + "d";
    double[] weights = new double[count];
    for (int k = 0; k < count; k++) {
      weights[k] = Math.pow(k + 1, -SKEW);
    }
    Random random = new Random(seed ^ 0x5EED_0F_7EA3L);
    Map<SyntheticStaff.Member, String> unitOf = new HashMap<>();
    for (int i = 0; i < respondents.size(); i++) {
      // the first `count` respondents found one unit each, so no unit is empty
      int unit = i < count ? i : Weights.draw(random, weights);
      unitOf.put(respondents.get(i), String.format(format, unit + 1));
    }
    for (SyntheticStaff.Member member : staff.silent()) {
      unitOf.put(member, String.format(format, Weights.draw(random, weights) + 1));
    }
    return new SyntheticUnits(unitOf);
  }

  boolean present() {
    return !unitOf.isEmpty();
  }

  /** The member's unit, null in a survey without units. */
  String of(SyntheticStaff.Member member) {
    return unitOf.get(member);
  }

  /**
   * The Team cell of the member's contact rows: empty where the form also leaves the function
   * to the roster, so the roster's Team fills the gap as the contract says.
   */
  String onForm(SyntheticStaff.Member member) {
    return member.functionOnForm() || member.anonymous() ? of(member) : null;
  }
}
