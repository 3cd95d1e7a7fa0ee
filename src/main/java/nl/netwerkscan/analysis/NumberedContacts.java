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
    for (int i = 0; i < contacts.size(); i++) {
      Contact contact = contacts.get(i);
      numbered.organisationOf[i] = numbered.organisations.id(contact.organisation());
      numbered.staffOf[i] = numbered.respondents.id(contact.respondent());
      numbered.personOf[i] = contact.person().isPresent() ? numbered.people.id(contact.person().get()) : -1;
    }
    return numbered;
  }

  /**
   * The row indices sorted by organisation (stable: survey order within one); fills
   * {@code start} so that organisation o's rows are {@code order[start[o]..start[o+1])}.
   */
  int[] orderByOrganisation(int[] start) {
    for (int organisation : organisationOf) {
      start[organisation + 1]++;
    }
    for (int o = 0; o + 1 < start.length; o++) {
      start[o + 1] += start[o];
    }
    int[] order = new int[organisationOf.length];
    int[] next = Arrays.copyOf(start, start.length - 1);
    for (int i = 0; i < organisationOf.length; i++) {
      order[next[organisationOf[i]]++] = i;
    }
    return order;
  }
}
