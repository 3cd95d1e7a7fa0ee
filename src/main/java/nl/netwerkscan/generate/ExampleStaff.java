package nl.netwerkscan.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.netwerkscan.generate.ExamplePlan.Group;

/**
 * Our own staff in the example survey, after the study's response table: 14/12/10 case
 * managers, benefit and financial consultants asked, 11/4/4 answered; 5 managers of whom 4
 * were asked and answered; and three anonymous forms.
 */
final class ExampleStaff {

  /**
   * @param asked on the survey's mailing list (the fifth manager was not)
   * @param responded returned a form
   */
  record Member(String name, Group group, boolean asked, boolean responded) {}

  private final List<Member> respondents = new ArrayList<>();
  private final List<Member> roster = new ArrayList<>();

  private ExampleStaff() {}

  static ExampleStaff create(Random random) {
    ExampleStaff staff = new ExampleStaff();
    Set<String> used = new HashSet<>();
    for (Group group : Group.values()) {
      if (group == Group.ANONYMOUS) {
        for (int i = 1; i <= group.respondents; i++) {
          staff.respondents.add(new Member("anoniem-" + i, group, true, true));
        }
        continue;
      }
      int onStaff = group == Group.MANAGER ? group.asked + 1 : group.asked;
      for (int i = 0; i < onStaff; i++) {
        Member member =
            new Member(
                DutchNames.uniqueStaffName(random, used),
                group,
                /* asked= */ i < group.asked,
                /* responded= */ i < group.respondents);
        if (member.responded()) {
          staff.respondents.add(member);
        }
        staff.roster.add(member);
      }
    }
    // a roster is kept in alphabetical order per group, not in the order people answered
    staff.roster.sort(
        Comparator.comparing((Member m) -> m.group().ordinal()).thenComparing(Member::name));
    return staff;
  }

  /** Those who returned a form, anonymous ones last; a respondent's index is its position. */
  List<Member> respondents() {
    return respondents;
  }

  /** Everyone on the Medewerkers sheet: all named staff, whether they answered or not. */
  List<Member> roster() {
    return roster;
  }
}
