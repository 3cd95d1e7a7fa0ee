package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Respondent;

/**
 * The suggested-colleague rule (report contract, sheets 11 and 13), shared by the action plan and
 * the handover list: who should take on a relation that one staff member (the carrier) holds
 * alone, or leaves behind.
 *
 * <p>Never the carrier, nor anyone {@code excluded} (the other leavers); never an overloaded
 * colleague, one who is already the only staff member at {@link
 * StaffPortfolioAnalysis#KEY_PERSON_SOLE_LINKS} or more organisations. Among the rest: the
 * carrier's own function group first (only when that group is known: two respondents without a
 * function have nothing in common to build on), then most contacts with organisations of the
 * relation's type, then name.
 *
 * <p>Cost: one linear scan over the respondents per question, keeping the best {@code max}.
 */
public final class SuggestedColleagues {
  private final List<StaffPortfolioAnalysis.Row> staff;

  public SuggestedColleagues(StaffPortfolioAnalysis.Result portfolio) {
    this.staff = Objects.requireNonNull(portfolio).rows();
  }

  /**
   * At most {@code max} colleagues for {@code carrier}'s relation with an organisation of {@code
   * type}, best first; empty when every colleague is the carrier, excluded or overloaded.
   */
  public List<Respondent> suggest(Respondent carrier, OrganisationType type, Set<Respondent> excluded, int max) {
    Comparator<StaffPortfolioAnalysis.Row> order =
        Comparator.comparingInt((StaffPortfolioAnalysis.Row r) -> sameGroup(carrier, r.respondent()) ? 0 : 1)
            .thenComparingInt(r -> -r.contactsOfType(type))
            .thenComparing(r -> r.respondent().name())
            .thenComparing(r -> r.respondent().key());
    List<StaffPortfolioAnalysis.Row> best = new ArrayList<>(max + 1);
    for (StaffPortfolioAnalysis.Row row : staff) {
      Respondent colleague = row.respondent();
      if (colleague.equals(carrier) || excluded.contains(colleague) || row.overloaded()) {
        continue;
      }
      int at = 0;
      while (at < best.size() && order.compare(best.get(at), row) <= 0) {
        at++;
      }
      if (at < max) {
        best.add(at, row);
        if (best.size() > max) {
          best.remove(max);
        }
      }
    }
    return best.stream().map(StaffPortfolioAnalysis.Row::respondent).toList();
  }

  private static boolean sameGroup(Respondent carrier, Respondent colleague) {
    return !carrier.function().isUnknown() && carrier.function().equals(colleague.function());
  }
}
