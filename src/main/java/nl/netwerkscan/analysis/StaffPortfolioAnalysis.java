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
import java.util.TreeMap;
import nl.netwerkscan.model.InHouse;
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
    Portfolio[] portfolios = new Portfolio[numbered.respondents.size()];
    for (int id = 0; id < portfolios.length; id++) {
      portfolios[id] = new Portfolio();
    }
    for (OrganisationContacts group : groups.list()) {
      Organisation organisation = group.organisation();
      for (int s = 0; s < group.staffCount(); s++) {
        Portfolio portfolio = portfolios[numbered.respondents.id(group.staff().get(s))];
        portfolio.contacts += group.rowsOfStaff(s);
        portfolio.organisations++;
        portfolio.byType.merge(organisation.type(), group.rowsOfStaff(s), Integer::sum);
        if (group.staffCount() == 1) {
          portfolio.soleLinkAt.add(organisation);
          portfolio.soleAtHighRisk |= risks.get(organisation) == Risk.HIGH;
        }
      }
    }
    for (int i = 0; i < numbered.staffOf.length; i++) {
      InHouse inHouse = numbered.contacts.get(i).inHouse();
      if (inHouse != InHouse.UNKNOWN) {
        Portfolio portfolio = portfolios[numbered.staffOf[i]];
        portfolio.inHouseKnown++;
        portfolio.inHouse += inHouse == InHouse.YES ? 1 : 0;
      }
    }
    List<Row> rows = new ArrayList<>(portfolios.length);
    for (int id = 0; id < portfolios.length; id++) {
      rows.add(portfolios[id].row(numbered.respondents.value(id)));
    }
    rows.sort(
        Comparator.comparingInt((Row r) -> -r.soleLinkAt().size())
            .thenComparingInt(r -> -r.contacts())
            .thenComparing(r -> r.respondent().name())
            .thenComparing(r -> r.respondent().key()));
    return new Result(rows);
  }

  /** One respondent's figures while they are being added up. */
  private static final class Portfolio {
    int contacts;
    int organisations;
    final Map<OrganisationType, Integer> byType = new TreeMap<>(Comparator.comparingInt(OrganisationType::order)
        .thenComparing(OrganisationType::customName));
    final List<Organisation> soleLinkAt = new ArrayList<>();
    boolean soleAtHighRisk;
    int inHouse;
    int inHouseKnown;

    Row row(Respondent respondent) {
      soleLinkAt.sort(Comparator.comparing(Organisation::name).thenComparing(Organisation::key));
      boolean key = soleAtHighRisk || soleLinkAt.size() >= KEY_PERSON_SOLE_LINKS;
      return new Row(respondent, contacts, organisations, byType, soleLinkAt, inHouse, inHouseKnown, key);
    }
  }
}
