package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;

/**
 * The action plan (report contract, sheet 11, Acties / Actions): what to do about every high- and
 * medium-risk relation, one {@link Action} per thing to do; low-risk organisations get none.
 *
 * <ul>
 *   <li>Their single named person P carries it: {@link Kind#ASK_SECOND_PERSON}, asked by our staff
 *       member who mentions P most.
 *   <li>Our single staff member S carries it: {@link Kind#INTRODUCE_COLLEAGUE}, S introduces at
 *       most {@link #COLLEAGUES} colleagues chosen by {@link SuggestedColleagues}.
 *   <li>Only unnamed mentions: {@link Kind#ASK_NAMED_PERSON}, asked by our staff member with most
 *       of those mentions (the contract is silent on who; the one who calls them most).
 *   <li>Both sides single: both actions, ours first (the side we control).
 *   <li>Medium risk: {@link Kind#SPREAD_CONTACT}, the most-named person introduces a second
 *       person, asked by our staff member who mentions them most.
 * </ul>
 * Steps = the least number of people who must join, each with one new contact, to lift the
 * resilience to 2: 1 when one side of a resilience-1 relation has two or more people, 2 when both
 * sides have one, and 0 for a medium risk, whose resilience is 2 already (the contract defines
 * steps by resilience only; the spread action then lowers the most-named share). All ties on
 * people go to the first name.
 *
 * <p>Priority: one number per organisation, 1, 2, …, so both actions of a doubly-single relation
 * share it. High before medium, then higher mean dependency answer (organisations nobody rated
 * on dependency last), then more contacts, then name.
 *
 * <p>Source: the study's conclusion that a relation between organisations must be carried by
 * more than one person on both sides (domain.md). Cost: one pass over the rows for the mean
 * dependency, then per fragile organisation a scan of its links and of the staff.
 */
public final class ActionPlanAnalysis {
  /** Colleagues suggested for one introduction. */
  public static final int COLLEAGUES = 2;

  /** What to do. */
  public enum Kind {
    /** Ask their single contact person to introduce a second one. */
    ASK_SECOND_PERSON,
    /** Our single staff member introduces a colleague. */
    INTRODUCE_COLLEAGUE,
    /** Ask the organisation for a named, steady contact person. */
    ASK_NAMED_PERSON,
    /** The most-named person introduces a second person there. */
    SPREAD_CONTACT
  }

  /**
   * One action.
   *
   * @param relation the organisation's row of the fragile contacts
   * @param who our staff member who acts
   * @param person their person the action is about (ask-second and spread), else empty
   * @param colleagues the suggested colleagues to introduce, best first (introduce only)
   * @param steps people who must join to lift resilience to 2
   * @param meanDependency the organisation's mean dependency answer, empty if nobody rated it
   */
  public record Action(
      int priority,
      FragilityAnalysis.Row relation,
      Kind kind,
      Respondent who,
      Optional<ContactPerson> person,
      List<Respondent> colleagues,
      int steps,
      OptionalDouble meanDependency) {
    public Action {
      Objects.requireNonNull(relation);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(who);
      Objects.requireNonNull(person);
      Objects.requireNonNull(meanDependency);
      colleagues = List.copyOf(colleagues);
      if (priority < 1 || relation.risk() == Risk.LOW) {
        throw new IllegalArgumentException("no action for a low risk: " + relation.organisation().name());
      }
    }
  }

  public record Result(List<Action> actions) {
    public Result {
      actions = List.copyOf(actions);
    }
  }

  private ActionPlanAnalysis() {}

  public static Result analyse(Survey survey, FragilityAnalysis.Thresholds thresholds) {
    NumberedContacts numbered = NumberedContacts.of(survey);
    OrganisationGroups groups = OrganisationGroups.of(numbered);
    FragilityAnalysis.Result fragility = FragilityAnalysis.analyse(groups, thresholds);
    return analyse(numbered, groups, fragility, StaffPortfolioAnalysis.analyse(numbered, groups, fragility));
  }

  public static Result analyse(
      NumberedContacts numbered,
      OrganisationGroups groups,
      FragilityAnalysis.Result fragility,
      StaffPortfolioAnalysis.Result portfolio) {
    SuggestedColleagues rule = new SuggestedColleagues(portfolio);
    OptionalDouble[] dependency = meanDependency(numbered, groups.list().size());
    Map<Organisation, Integer> index = new HashMap<>();
    for (int o = 0; o < groups.list().size(); o++) {
      index.put(groups.list().get(o).organisation(), o);
    }
    List<FragilityAnalysis.Row> fragile = new ArrayList<>();
    for (FragilityAnalysis.Row row : fragility.rows()) {
      if (row.risk() != Risk.LOW) {
        fragile.add(row);
      }
    }
    Comparator<FragilityAnalysis.Row> urgency =
        Comparator.comparing(FragilityAnalysis.Row::risk)
            .thenComparingDouble(r -> -dependency[index.get(r.organisation())].orElse(0))
            .thenComparingInt(r -> -r.figures().contacts())
            .thenComparing(r -> r.organisation().name())
            .thenComparing(r -> r.organisation().key());
    fragile.sort(urgency);
    List<Action> actions = new ArrayList<>();
    int priority = 0;
    for (FragilityAnalysis.Row row : fragile) {
      int o = index.get(row.organisation());
      actions.addAll(actionsFor(++priority, row, groups.list().get(o), dependency[o], rule));
    }
    return new Result(actions);
  }

  private static List<Action> actionsFor(
      int priority, FragilityAnalysis.Row row, OrganisationContacts group, OptionalDouble dependency,
      SuggestedColleagues rule) {
    List<Action> actions = new ArrayList<>(2);
    if (row.risk() == Risk.MEDIUM) {
      int person = group.mostNamedPerson().orElseThrow(); // a medium share needs a named person
      actions.add(new Action(priority, row, Kind.SPREAD_CONTACT, mentionsMost(group, person),
          Optional.of(group.persons().get(person)), List.of(), 0, dependency));
      return actions;
    }
    int steps = group.staffCount() == 1 && group.personNodeCount() == 1 ? 2 : 1;
    for (Carrier carrier : row.carriers()) {
      if (carrier.side() == Side.INTERNAL) {
        Respondent single = carrier.staffMember().orElseThrow();
        List<Respondent> colleagues = rule.suggest(single, row.organisation().type(), Set.of(), COLLEAGUES);
        actions.add(new Action(priority, row, Kind.INTRODUCE_COLLEAGUE, single, Optional.empty(),
            colleagues, steps, dependency));
      } else if (carrier.isUnnamed()) {
        actions.add(new Action(priority, row, Kind.ASK_NAMED_PERSON, mentionsMost(group, -1),
            Optional.empty(), List.of(), steps, dependency));
      } else {
        int person = group.persons().indexOf(carrier.contactPerson().orElseThrow());
        actions.add(new Action(priority, row, Kind.ASK_SECOND_PERSON, mentionsMost(group, person),
            carrier.contactPerson(), List.of(), steps, dependency));
      }
    }
    return actions;
  }

  private static Respondent mentionsMost(OrganisationContacts group, int person) {
    return group.staff().get(group.staffMentioningMost(person));
  }

  /** Per organisation number, the mean dependency answer over the rows that gave one. */
  private static OptionalDouble[] meanDependency(NumberedContacts numbered, int organisations) {
    long[] sum = new long[organisations];
    int[] answered = new int[organisations];
    for (int i = 0; i < numbered.organisationOf.length; i++) {
      int answer = numbered.contacts.get(i).answers().raw(Aspect.DEPENDENCY);
      if (answer > 0) {
        sum[numbered.organisationOf[i]] += answer;
        answered[numbered.organisationOf[i]]++;
      }
    }
    OptionalDouble[] means = new OptionalDouble[organisations];
    for (int o = 0; o < organisations; o++) {
      means[o] = answered[o] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum[o] / answered[o]);
    }
    return means;
  }
}
