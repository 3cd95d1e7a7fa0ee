package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Names;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;

/**
 * The handover list (report contract, sheet 13, Overdracht / Handover; only with {@code --leave}):
 * for each leaving person of the {@link LeaveScenario} and each organisation where they had
 * contacts, whom they know there and who takes over.
 *
 * <p>A leaving staff member: {@code knownPersons} = the named persons they mentioned there, by
 * name; successor = the colleague with most contacts there who is not leaving ({@link
 * Basis#KNOWS_ORGANISATION}; ties by name), else the first colleague by {@link
 * SuggestedColleagues} with the other leavers excluded ({@link Basis#SUGGESTED}), else nobody
 * ({@link Basis#NOBODY_AVAILABLE}). A leaving external person: no successor of ours ({@link
 * Basis#ASK_SUCCESSOR}); {@code colleagues} = our staff members who mentioned them and stay (a
 * leaving colleague cannot ask for anyone), the ones to ask the organisation for a successor.
 *
 * <p>Order: leavers in the order their names were given (a staff member before an external
 * person of the same name), then per leaver contacts descending, then organisation name. Cost: one scan over the organisation groups.
 */
public final class HandoverAnalysis {

  /** Why the successor is who they are. */
  public enum Basis {
    /** A colleague who already has contact with the organisation. */
    KNOWS_ORGANISATION,
    /** Nobody else knows the organisation: a colleague by the suggested-colleague rule. */
    SUGGESTED,
    /** Nobody else knows it and every colleague is leaving or overloaded. */
    NOBODY_AVAILABLE,
    /** Their person leaves: the organisation is asked for a successor. */
    ASK_SUCCESSOR
  }

  /**
   * One leaving person at one organisation.
   *
   * @param contacts the leaver's used rows there
   * @param knownPersons for a leaving staff member, the named persons they mentioned there, by name
   * @param colleagues for a leaving external person, our staying staff members who mentioned them
   * @param successorContacts the successor's rows there (0 unless {@link Basis#KNOWS_ORGANISATION})
   * @param successorContactsOfType the successor's rows at organisations of this one's type
   */
  public record Handover(
      Carrier leaving,
      Organisation organisation,
      int contacts,
      List<ContactPerson> knownPersons,
      List<Respondent> colleagues,
      Optional<Respondent> successor,
      Basis basis,
      int successorContacts,
      int successorContactsOfType) {
    public Handover {
      Objects.requireNonNull(leaving);
      Objects.requireNonNull(organisation);
      knownPersons = List.copyOf(knownPersons);
      colleagues = List.copyOf(colleagues);
      Objects.requireNonNull(successor);
      Objects.requireNonNull(basis);
      if (successor.isPresent() != (basis == Basis.KNOWS_ORGANISATION || basis == Basis.SUGGESTED)) {
        throw new IllegalArgumentException("successor does not match " + basis);
      }
    }
  }

  public record Result(List<Handover> handovers) {
    public Result {
      handovers = List.copyOf(handovers);
    }

    /** The handovers grouped per leaver, in the list's order. */
    public Map<Carrier, List<Handover>> byLeaver() {
      Map<Carrier, List<Handover>> byLeaver = new LinkedHashMap<>();
      handovers.forEach(h -> byLeaver.computeIfAbsent(h.leaving(), k -> new ArrayList<>()).add(h));
      return byLeaver;
    }
  }

  private HandoverAnalysis() {}

  /** The handovers for the departure of {@code names} from {@code survey}. */
  public static Result analyse(Survey survey, FragilityAnalysis.Thresholds thresholds, List<String> names) {
    NumberedContacts numbered = NumberedContacts.of(survey);
    OrganisationGroups groups = OrganisationGroups.of(numbered);
    FragilityAnalysis.Result fragility = FragilityAnalysis.analyse(groups, thresholds);
    return analyse(groups, LeaveScenario.simulate(groups, names),
        StaffPortfolioAnalysis.analyse(numbered, groups, fragility));
  }

  public static Result analyse(
      OrganisationGroups groups, LeaveScenario.Result scenario, StaffPortfolioAnalysis.Result portfolio) {
    Objects.requireNonNull(scenario);
    SuggestedColleagues rule = new SuggestedColleagues(portfolio);
    Map<Respondent, StaffPortfolioAnalysis.Row> portfolios = new HashMap<>();
    portfolio.rows().forEach(row -> portfolios.put(row.respondent(), row));
    Set<Respondent> leavingStaff = new HashSet<>(scenario.leavingStaff());
    Set<ContactPerson> leavingPersons = new HashSet<>(scenario.leavingPersons());
    Map<Carrier, List<Handover>> byLeaver = new LinkedHashMap<>();
    scenario.leavingStaff().forEach(r -> byLeaver.put(Carrier.internal(r), new ArrayList<>()));
    scenario.leavingPersons().forEach(p -> byLeaver.put(Carrier.external(p), new ArrayList<>()));
    for (OrganisationContacts group : groups.list()) {
      for (int s = 0; s < group.staffCount(); s++) {
        Respondent staff = group.staff().get(s);
        if (leavingStaff.contains(staff)) {
          byLeaver.get(Carrier.internal(staff)).add(staffHandover(group, s, leavingStaff, rule, portfolios));
        }
      }
      for (int p = 0; p < group.namedPersonCount(); p++) {
        ContactPerson person = group.persons().get(p);
        if (leavingPersons.contains(person)) {
          byLeaver.get(Carrier.external(person)).add(personHandover(group, p, leavingStaff));
        }
      }
    }
    List<String> givenKeys = scenario.names().stream().map(Names::key).toList();
    List<Carrier> leavers = new ArrayList<>(byLeaver.keySet());
    leavers.sort(Comparator.comparingInt(c -> givenKeys.indexOf(Names.key(c.name().orElseThrow()))));
    List<Handover> handovers = new ArrayList<>();
    for (Carrier leaver : leavers) {
      List<Handover> ofOneLeaver = byLeaver.get(leaver);
      ofOneLeaver.sort(
          Comparator.comparingInt((Handover h) -> -h.contacts())
              .thenComparing(h -> h.organisation().name())
              .thenComparing(h -> h.organisation().key()));
      handovers.addAll(ofOneLeaver);
    }
    return new Result(handovers);
  }

  private static Handover staffHandover(
      OrganisationContacts group, int s, Set<Respondent> leaving, SuggestedColleagues rule,
      Map<Respondent, StaffPortfolioAnalysis.Row> portfolios) {
    Respondent leaver = group.staff().get(s);
    int best = -1;
    for (int t = 0; t < group.staffCount(); t++) {
      Respondent colleague = group.staff().get(t);
      if (leaving.contains(colleague)) {
        continue;
      }
      if (best < 0 || group.rowsOfStaff(t) > group.rowsOfStaff(best)
          || (group.rowsOfStaff(t) == group.rowsOfStaff(best) && before(colleague, group.staff().get(best)))) {
        best = t;
      }
    }
    Optional<Respondent> successor;
    Basis basis;
    int successorContacts = 0;
    if (best >= 0) {
      successor = Optional.of(group.staff().get(best));
      basis = Basis.KNOWS_ORGANISATION;
      successorContacts = group.rowsOfStaff(best);
    } else {
      successor = rule.suggest(leaver, group.organisation().type(), leaving, 1).stream().findFirst();
      basis = successor.isPresent() ? Basis.SUGGESTED : Basis.NOBODY_AVAILABLE;
    }
    int ofType = successor.map(r -> portfolios.get(r).contactsOfType(group.organisation().type())).orElse(0);
    List<ContactPerson> known = new ArrayList<>(group.personsOf(s));
    known.sort(Comparator.comparing(ContactPerson::name).thenComparing(ContactPerson::key));
    return new Handover(Carrier.internal(leaver), group.organisation(), group.rowsOfStaff(s),
        known, List.of(), successor, basis, successorContacts, ofType);
  }

  private static Handover personHandover(OrganisationContacts group, int p, Set<Respondent> leaving) {
    List<Respondent> knewThem = new ArrayList<>();
    for (int s = 0; s < group.staffCount(); s++) {
      if (group.rowsOfLink(s, p) > 0 && !leaving.contains(group.staff().get(s))) {
        knewThem.add(group.staff().get(s));
      }
    }
    knewThem.sort(Comparator.comparing(Respondent::name).thenComparing(Respondent::key));
    return new Handover(Carrier.external(group.persons().get(p)), group.organisation(),
        group.rowsOfPerson(p), List.of(), knewThem, Optional.empty(), Basis.ASK_SUCCESSOR, 0, 0);
  }

  private static boolean before(Respondent a, Respondent b) {
    int byName = a.name().compareTo(b.name());
    return byName != 0 ? byName < 0 : a.key().compareTo(b.key()) < 0;
  }
}
