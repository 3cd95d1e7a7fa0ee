package nl.netwerkscan.analysis;

import nl.netwerkscan.model.Survey;

/**
 * The key figures of a survey (contract sheet 1, Samenvatting): how the rows were accounted for
 * and how many respondents, organisations, external persons and mentions the used rows hold.
 * External persons are distinct named persons over all organisations (the same name at two
 * organisations is two people, survey-format.md). Read from the contacts' numbering
 * ({@link NumberedContacts}).
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
    return of(survey, NumberedContacts.of(survey));
  }

  /**
   * The figures of {@code survey}, whose used contacts {@code numbered} holds: the distinct
   * organisations and persons are the numbers it gave out.
   */
  public static Summary of(Survey survey, NumberedContacts numbered) {
    long named = 0;
    for (int person : numbered.personOf) {
      if (person >= 0) {
        named++;
      }
    }
    return new Summary(
        survey.rows().read(),
        survey.rows().used(),
        survey.rows().rejected(),
        survey.rows().duplicates(),
        survey.respondents().size(),
        numbered.organisations.size(),
        numbered.people.size(),
        named,
        survey.contacts().size() - named);
  }
}
