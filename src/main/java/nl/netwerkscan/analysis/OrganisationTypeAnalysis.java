package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;

/**
 * How the contacts spread over the organisation types (report contract, sheet 2): per type,
 * the used rows (contacts), their share of all used rows, the distinct organisations and the
 * distinct respondents. The study's example: work-related organisations had 177 of 429
 * contacts (41 %) spread over 29 organisations, while the CWI is one organisation with many
 * contacts.
 *
 * <p>Share = contacts of the type ÷ all used rows. Only types with at least one contact appear,
 * in type order ({@link OrganisationType#order()}).
 *
 * <p>Cost: one pass over the contacts, O(n) time, memory per distinct organisation and
 * respondent.
 */
public final class OrganisationTypeAnalysis {
  private OrganisationTypeAnalysis() {}

  /**
   * @param share contacts ÷ all used rows, 0..1
   * @param organisations distinct organisations of this type with a used row
   * @param respondents distinct respondents with a used row at an organisation of this type
   */
  public record Row(
      OrganisationType type, long contacts, double share, int organisations, int respondents) {
    public Row {
      Objects.requireNonNull(type);
    }
  }

  /** @param contacts all used rows */
  public record Result(List<Row> rows, long contacts) {
    public Result {
      rows = List.copyOf(rows);
    }
  }

  public static Result of(Survey survey) {
    Map<OrganisationType, Counter> counters = new HashMap<>();
    for (Contact contact : survey.contacts()) {
      counters.computeIfAbsent(contact.organisation().type(), t -> new Counter()).add(contact);
    }
    long all = survey.contacts().size();
    List<Row> rows = new ArrayList<>();
    for (OrganisationType type : Orders.sortedTypes(counters.keySet())) {
      Counter c = counters.get(type);
      rows.add(
          new Row(
              type,
              c.contacts,
              (double) c.contacts / all,
              c.organisations.size(),
              c.respondents.size()));
    }
    return new Result(rows, all);
  }

  private static final class Counter {
    long contacts;
    final Set<String> organisations = new HashSet<>();
    final Set<String> respondents = new HashSet<>();

    void add(Contact contact) {
      contacts++;
      organisations.add(contact.organisation().key());
      respondents.add(contact.respondent().key());
    }
  }
}
