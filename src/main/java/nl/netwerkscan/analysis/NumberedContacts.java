package nl.netwerkscan.analysis;

import java.util.Arrays;
import java.util.List;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Interner;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;

/**
 * Every used contact as three numbers: its organisation, staff member and person (-1 =
 * unnamed), each numbered in order of first mention. Made once per report; the grouping per
 * organisation ({@link OrganisationGroups}) and the answer tallies ({@link AnswerTallies}) read
 * flat int arrays instead of hashing records per row, and can be made at the same time.
 */
public final class NumberedContacts {
  final List<Contact> contacts;
  final Interner<Organisation> organisations = new Interner<>();
  final Interner<Respondent> respondents = new Interner<>();
  final Interner<ContactPerson> people = new Interner<>();
  final int[] organisationOf;
  final int[] staffOf;
  final int[] personOf;

  private NumberedContacts(List<Contact> contacts) {
    this.contacts = contacts;
    organisationOf = new int[contacts.size()];
    staffOf = new int[contacts.size()];
    personOf = new int[contacts.size()];
  }

  public static NumberedContacts of(Survey survey) {
    return of(survey.contacts());
  }

  private static NumberedContacts of(List<Contact> contacts) {
    NumberedContacts numbered = new NumberedContacts(contacts);
    // A respondent fills in their contacts one after the other, so most rows repeat the previous
    // row's respondent: compared by identity first, those rows need no look-up.
    Respondent lastRespondent = null;
    int lastStaff = -1;
    Organisation lastOrganisation = null;
    int lastOrganisationId = -1;
    for (int i = 0; i < contacts.size(); i++) {
      Contact contact = contacts.get(i);
      if (contact.respondent() != lastRespondent) {
        lastRespondent = contact.respondent();
        lastStaff = numbered.respondents.id(lastRespondent);
      }
      if (contact.organisation() != lastOrganisation) {
        lastOrganisation = contact.organisation();
        lastOrganisationId = numbered.organisations.id(lastOrganisation);
      }
      numbered.staffOf[i] = lastStaff;
      numbered.organisationOf[i] = lastOrganisationId;
      numbered.personOf[i] = contact.person().isPresent() ? numbered.people.id(contact.person().get()) : -1;
    }
    return numbered;
  }

  /**
   * The staff and person numbers of the rows, each array sorted by organisation (stable: survey
   * order within one); fills {@code start} so that organisation o's rows are at {@code
   * [start[o], start[o+1])}. Scattered straight from the row arrays, which are read in order: the
   * grouping then reads its rows in order too instead of jumping through a million-row array.
   *
   * @return the staff numbers and the person numbers, in that order
   */
  int[][] byOrganisation(int[] start) {
    for (int organisation : organisationOf) {
      start[organisation + 1]++;
    }
    for (int o = 0; o + 1 < start.length; o++) {
      start[o + 1] += start[o];
    }
    int[] staff = new int[organisationOf.length];
    int[] persons = new int[organisationOf.length];
    int[] next = Arrays.copyOf(start, start.length - 1);
    for (int i = 0; i < organisationOf.length; i++) {
      int at = next[organisationOf[i]]++;
      staff[at] = staffOf[i];
      persons[at] = personOf[i];
    }
    return new int[][] {staff, persons};
  }
}
