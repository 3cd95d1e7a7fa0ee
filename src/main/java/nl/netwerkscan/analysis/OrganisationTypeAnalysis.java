package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.netwerkscan.model.Interner;
import nl.netwerkscan.model.Organisation;
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
 * <p>Cost: one pass over the contacts' numbers (flat arrays), O(n) time, one bit per type and
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
    NumberedContacts numbered = NumberedContacts.of(survey);
    return of(numbered, AnswerTallies.of(numbered));
  }

  /**
   * The rows from the contacts' numbering and their answer tallies: contacts per type are the
   * tallies' counts, organisations per type follow from the numbered organisations, and only the
   * respondents per type need a pass over the rows, through flat arrays.
   */
  public static Result of(NumberedContacts numbered, AnswerTallies answers) {
    Map<OrganisationType, long[]> contacts = new HashMap<>();
    for (AnswerTallies.Cell cell : answers.cells()) {
      contacts.computeIfAbsent(cell.type(), t -> new long[1])[0] += cell.tally().contacts();
    }
    Interner<OrganisationType> types = new Interner<>();
    int[] typeOf = new int[numbered.organisations.size()];
    List<Set<String>> organisations = new ArrayList<>();
    for (int o = 0; o < typeOf.length; o++) {
      Organisation organisation = numbered.organisations.value(o);
      typeOf[o] = types.id(organisation.type());
      if (typeOf[o] == organisations.size()) {
        organisations.add(new HashSet<>());
      }
      organisations.get(typeOf[o]).add(organisation.key());
    }
    BitSet[] staffByType = new BitSet[types.size()];
    for (int t = 0; t < staffByType.length; t++) {
      staffByType[t] = new BitSet(numbered.respondents.size());
    }
    for (int i = 0; i < numbered.organisationOf.length; i++) {
      staffByType[typeOf[numbered.organisationOf[i]]].set(numbered.staffOf[i]);
    }
    long all = numbered.contacts.size();
    List<Row> rows = new ArrayList<>();
    for (OrganisationType type : Orders.sortedTypes(contacts.keySet())) {
      int t = types.id(type);
      Set<String> respondents = new HashSet<>();
      staffByType[t].stream().forEach(s -> respondents.add(numbered.respondents.value(s).key()));
      long count = contacts.get(type)[0];
      rows.add(new Row(type, count, (double) count / all, organisations.get(t).size(), respondents.size()));
    }
    return new Result(rows, all);
  }
}
