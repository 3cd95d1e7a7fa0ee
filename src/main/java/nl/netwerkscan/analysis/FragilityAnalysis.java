package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Survey;

/**
 * Fragile contacts (report contract, sheet 7): per partner organisation, how many people on
 * either side carry the relation, and whether it hangs on one of them.
 *
 * <p>Figures per organisation: staff = distinct respondents with a used row there; contacts =
 * used rows there, named or not; external persons = distinct named contact persons; most-named
 * = the mentions of the most-mentioned named person (0 if none; ties go to the first name),
 * share = most-named ÷ contacts. Resilience = the size of a maximum matching in the bipartite
 * graph respondents × person nodes, each used row joining its respondent to its person and rows
 * without a name joining one shared unnamed node; by König's theorem this is the smallest number
 * of people, ours or theirs, whose departure leaves no contact at all. Risk {@link Risk#HIGH}:
 * resilience 1 and contacts ≥ minContacts; {@link Risk#MEDIUM}: not high, contacts ≥ minContacts
 * and share strictly greater than maxShare; else {@link Risk#LOW}. For a high risk the carriers
 * say who holds the relation: resilience 1 means every link shares one vertex, so either our
 * only staff member there or their only person node (both when both sides are single).
 *
 * <p>Source: the study's bandwidth table and its conclusion that MTW, GeldZorg and Alfacollege
 * hang on one external person (domain.md); the matching generalises "one person" to both sides.
 *
 * <p>Cost: one pass over the contacts to group them (hash lookups, O(rows)), then per
 * organisation Hopcroft-Karp (JGraphT) on its distinct links, O(E·√V) per organisation, and a
 * sort of the organisations.
 */
public final class FragilityAnalysis {

  /**
   * The risk thresholds, the command line's {@code --min-contacts} and {@code --max-share}.
   *
   * @param minContacts contacts an organisation needs before it can be medium or high risk
   * @param maxShare the most-named share above which a relation is medium risk, 0..1
   */
  public record Thresholds(int minContacts, double maxShare) {
    public static final Thresholds DEFAULTS = new Thresholds(3, 0.5);

    public Thresholds {
      if (minContacts < 1) {
        throw new IllegalArgumentException("minContacts must be at least 1: " + minContacts);
      }
      if (!(maxShare >= 0 && maxShare <= 1)) {
        throw new IllegalArgumentException("maxShare must be 0..1: " + maxShare);
      }
    }
  }

  /** One organisation's figures; {@code carriers} is empty unless the risk is high. */
  public record Row(
      OrganisationFigures figures,
      Optional<ContactPerson> mostNamedPerson,
      int mostNamedMentions,
      int resilience,
      Risk risk,
      List<Carrier> carriers) {
    public Row {
      Objects.requireNonNull(figures);
      Objects.requireNonNull(mostNamedPerson);
      Objects.requireNonNull(risk);
      carriers = List.copyOf(carriers);
    }

    public Organisation organisation() {
      return figures.organisation();
    }

    /** Most-named mentions ÷ contacts, 0..1. */
    public double share() {
      return (double) mostNamedMentions / figures.contacts();
    }
  }

  /** The rows, high risk first, then medium, then low, each by contacts descending, then name. */
  public record Result(Thresholds thresholds, List<Row> rows) {
    public Result {
      Objects.requireNonNull(thresholds);
      rows = List.copyOf(rows);
    }

    public List<Row> highRisk() {
      return rows.stream().filter(r -> r.risk() == Risk.HIGH).toList();
    }
  }

  private FragilityAnalysis() {}

  public static Result analyse(Survey survey) {
    return analyse(survey, Thresholds.DEFAULTS);
  }

  public static Result analyse(Survey survey, Thresholds thresholds) {
    return analyse(OrganisationGroups.of(survey), thresholds);
  }

  public static Result analyse(OrganisationGroups groups, Thresholds thresholds) {
    Objects.requireNonNull(groups);
    Objects.requireNonNull(thresholds);
    List<Row> rows = new ArrayList<>();
    for (OrganisationContacts group : groups.list()) {
      rows.add(row(group, thresholds));
    }
    rows.sort(FragilityAnalysis::inReportOrder);
    return new Result(thresholds, rows);
  }

  /**
   * High risk first, then most contacts, then name and key. One method rather than a chain of
   * comparators: a roll-up sorts the rows of every organisation of every unit (a million rows
   * with 350 units: 336,000 rows), and each link of a chain is a call of its own per comparison.
   */
  private static int inReportOrder(Row a, Row b) {
    int byRisk = a.risk().compareTo(b.risk());
    if (byRisk != 0) {
      return byRisk;
    }
    int byContacts = Integer.compare(b.figures().contacts(), a.figures().contacts());
    if (byContacts != 0) {
      return byContacts;
    }
    int byName = a.organisation().name().compareTo(b.organisation().name());
    return byName != 0 ? byName : a.organisation().key().compareTo(b.organisation().key());
  }

  private static Row row(OrganisationContacts group, Thresholds thresholds) {
    Optional<Integer> top = group.mostNamedPerson();
    Optional<ContactPerson> person = top.map(i -> group.persons().get(i));
    int mostNamed = top.map(group::rowsOfPerson).orElse(0);
    int resilience = group.resilience();
    Risk risk = risk(group.contacts(), mostNamed, resilience, thresholds);
    List<Carrier> carriers = risk == Risk.HIGH ? group.singleCarriers() : List.of();
    return new Row(OrganisationFigures.of(group), person, mostNamed, resilience, risk, carriers);
  }

  static Risk risk(int contacts, int mostNamed, int resilience, Thresholds thresholds) {
    if (contacts < thresholds.minContacts()) {
      return Risk.LOW;
    }
    if (resilience == 1) {
      return Risk.HIGH;
    }
    return (double) mostNamed / contacts > thresholds.maxShare() ? Risk.MEDIUM : Risk.LOW;
  }
}
