package nl.netwerkscan.analysis;

import java.util.HashSet;
import java.util.Set;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Survey;

/**
 * The key figures of a survey (contract sheet 1, Samenvatting): how the rows were accounted for
 * and how many respondents, organisations, external persons and mentions the used rows hold.
 * External persons are distinct named persons over all organisations (the same name at two
 * organisations is two people, survey-format.md). One pass over the contacts.
 */
public final class SummaryAnalysis {
  private SummaryAnalysis() {}

  /** The figures; {@code rows} reconcile as read = used + rejected + duplicates. */
  public record Summary(
      long rowsRead,
      long rowsUsed,
      long rowsRejected,
      long duplicateRows,
      int respondents,
      int organisations,
      int externalPersons,
      long namedMentions,
      long unnamedMentions) {}

  public static Summary of(Survey survey) {
    Set<Organisation> organisations = new HashSet<>();
    Set<ContactPerson> persons = new HashSet<>();
    long named = 0;
    for (Contact contact : survey.contacts()) {
      organisations.add(contact.organisation());
      if (contact.person().isPresent()) {
        persons.add(contact.person().get());
        named++;
      }
    }
    return new Summary(
        survey.rows().read(),
        survey.rows().used(),
        survey.rows().rejected(),
        survey.rows().duplicates(),
        survey.respondents().size(),
        organisations.size(),
        persons.size(),
        named,
        survey.contacts().size() - named);
  }
}
