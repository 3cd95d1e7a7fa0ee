package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Interner;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;

/**
 * The staff portfolio (report contract, sheet 12, Medewerkers / Staff): per respondent how many
 * contacts, organisations and types they have, where they are the only link with an organisation,
 * how much of their work is in-house, how their contacts spread over the types, and whether they
 * are a key person.
 *
 * <p>Figures: contacts = the respondent's used rows; organisations and types = distinct ones among
 * them; sole link at = the organisations where they are the only staff member with a used row
 * (exactly the internal rows of {@link DepartureAnalysis}); in-house share = rows with Inpandig
 * yes ÷ rows with a known Inpandig (empty when none is known); spread = Blau's index 1 − Σ p_t²,
 * p_t = the share of the respondent's contacts at organisations of type t (0 = all in one type);
 * key person = the only staff member at a high-risk organisation, or at {@link
 * #KEY_PERSON_SOLE_LINKS} or more organisations. Order: sole links, then contacts, both
 * descending, then name.
 *
 * <p>Source: the study's conclusion that a relation must rest on more than one person
 * (domain.md); Blau's index is the usual measure of variety over categories. Cost: one pass over
 * the organisation groups and one over the rows' in-house answers, O(rows).
 */
public final class StaffPortfolioAnalysis {
  /** Sole links at this many organisations make a key person, and an overloaded colleague. */
  public static final int KEY_PERSON_SOLE_LINKS = 3;

  /**
   * One respondent's portfolio.
   *
   * @param contactsByType the respondent's contacts per organisation type, in type order
   * @param soleLinkAt the organisations where they are our only staff member, by name
   * @param inHouse rows with Inpandig yes
   * @param inHouseKnown rows with a known Inpandig (yes or no)
   */
  public record Row(
      Respondent respondent,
      int contacts,
      int organisations,
      Map<OrganisationType, Integer> contactsByType,
      List<Organisation> soleLinkAt,
      int inHouse,
      int inHouseKnown,
      boolean keyPerson) {
    public Row {
      Objects.requireNonNull(respondent);
      contactsByType = Collections.unmodifiableMap(new LinkedHashMap<>(contactsByType));
      soleLinkAt = List.copyOf(soleLinkAt);
      if (contacts < 1 || organisations < 1 || inHouse > inHouseKnown || inHouseKnown > contacts) {
        throw new IllegalArgumentException("impossible portfolio for " + respondent.name());
      }
    }

    public int types() {
      return contactsByType.size();
    }

    /** Contacts at organisations of {@code type}; 0 when none. */
    public int contactsOfType(OrganisationType type) {
      return contactsByType.getOrDefault(type, 0);
    }

    /** Blau's index over the contacts by type: 1 − Σ p_t², 0..1. */
    public double spread() {
      double sumOfSquares = 0;
      for (int n : contactsByType.values()) {
        double p = (double) n / contacts;
        sumOfSquares += p * p;
      }
      return 1 - sumOfSquares;
    }

    /** In-house ÷ known in-house; empty when no row says. */
    public OptionalDouble inHouseShare() {
      return inHouseKnown == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) inHouse / inHouseKnown);
    }

    /** The only staff member at so many organisations already that they cannot take on more. */
    public boolean overloaded() {
      return soleLinkAt.size() >= KEY_PERSON_SOLE_LINKS;
    }
  }

  public record Result(List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }
  }

  private StaffPortfolioAnalysis() {}

  public static Result analyse(Survey survey, FragilityAnalysis.Thresholds thresholds) {
    NumberedContacts numbered = NumberedContacts.of(survey);
    OrganisationGroups groups = OrganisationGroups.of(numbered);
    return analyse(numbered, groups, FragilityAnalysis.analyse(groups, thresholds));
  }

  public static Result analyse(
      NumberedContacts numbered, OrganisationGroups groups, FragilityAnalysis.Result fragility) {
    Map<Organisation, Risk> risks = new HashMap<>();
    fragility.rows().forEach(row -> risks.put(row.organisation(), row.risk()));
    // Flat arrays by survey-wide staff number: a regional survey has tens of thousands of
    // respondents and a million (staff, organisation) pairs, too many for a map per person.
    int people = numbered.respondents.size();
    Interner<OrganisationType> types = new Interner<>();
    List<OrganisationContacts> list = groups.list();
    int[] typeOf = new int[list.size()];
    for (int o = 0; o < list.size(); o++) {
      typeOf[o] = types.id(list.get(o).organisation().type());
    }
    int[][] byType = new int[types.size()][people];
    int[] contacts = new int[people];
    int[] organisations = new int[people];
    List<List<Organisation>> soleLinkAt = new ArrayList<>(Collections.nCopies(people, null));
    boolean[] soleAtHighRisk = new boolean[people];
    for (int o = 0; o < list.size(); o++) {
      OrganisationContacts group = list.get(o);
      for (int s = 0; s < group.staffCount(); s++) {
        int id = group.staffId(s);
        contacts[id] += group.rowsOfStaff(s);
        organisations[id]++;
        byType[typeOf[o]][id] += group.rowsOfStaff(s);
      }
      if (group.staffCount() == 1) {
        int id = group.staffId(0);
        if (soleLinkAt.get(id) == null) {
          soleLinkAt.set(id, new ArrayList<>());
        }
        soleLinkAt.get(id).add(group.organisation());
        soleAtHighRisk[id] |= risks.get(group.organisation()) == Risk.HIGH;
      }
    }
    int[] inHouse = new int[people];
    int[] inHouseKnown = new int[people];
    for (int i = 0; i < numbered.staffOf.length; i++) {
      InHouse answer = numbered.contacts.get(i).inHouse();
      if (answer != InHouse.UNKNOWN) {
        inHouseKnown[numbered.staffOf[i]]++;
        inHouse[numbered.staffOf[i]] += answer == InHouse.YES ? 1 : 0;
      }
    }
    List<Integer> typeOrder = new ArrayList<>();
    for (int t = 0; t < types.size(); t++) {
      typeOrder.add(t);
    }
    typeOrder.sort(
        Comparator.comparingInt((Integer t) -> types.value(t).order()).thenComparing(t -> types.value(t).customName()));
    List<Row> rows = new ArrayList<>(people);
    for (int id = 0; id < people; id++) {
      Map<OrganisationType, Integer> ofType = new LinkedHashMap<>();
      for (int t : typeOrder) {
        if (byType[t][id] > 0) {
          ofType.put(types.value(t), byType[t][id]);
        }
      }
      List<Organisation> sole = soleLinkAt.get(id) == null ? List.of() : soleLinkAt.get(id);
      List<Organisation> byName = new ArrayList<>(sole);
      byName.sort(Comparator.comparing(Organisation::name).thenComparing(Organisation::key));
      boolean key = soleAtHighRisk[id] || sole.size() >= KEY_PERSON_SOLE_LINKS;
      rows.add(new Row(numbered.respondents.value(id), contacts[id], organisations[id], ofType, byName,
          inHouse[id], inHouseKnown[id], key));
    }
    rows.sort(
        Comparator.comparingInt((Row r) -> -r.soleLinkAt().size())
            .thenComparingInt(r -> -r.contacts())
            .thenComparing(r -> r.respondent().name())
            .thenComparing(r -> r.respondent().key()));
    return new Result(rows);
  }
}
