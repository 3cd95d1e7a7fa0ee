package nl.netwerkscan.importer;

import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Organisation;

/**
 * Every field of the contract after matching; equal keys make a duplicate row. Respondents,
 * functions, organisations and persons are interned, so identity stands for equality here and
 * hashing needs no string work.
 */
final class RowKey {
  private final RespondentDraft respondent;
  private final FunctionGroup function;
  private final Organisation organisation;
  private final ContactPerson person;
  private final InHouse inHouse;
  private final int answers;
  private final int hash;

  RowKey(RespondentDraft respondent, FunctionGroup function, Organisation organisation, ContactPerson person, InHouse inHouse, int answers) {
    this.respondent = respondent;
    this.function = function;
    this.organisation = organisation;
    this.person = person;
    this.inHouse = inHouse;
    this.answers = answers;
    int h = answers;
    h = 31 * h + System.identityHashCode(respondent);
    h = 31 * h + System.identityHashCode(function);
    h = 31 * h + System.identityHashCode(organisation);
    h = 31 * h + System.identityHashCode(person);
    this.hash = 31 * h + inHouse.ordinal();
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowKey key
        && key.hash == hash
        && key.answers == answers
        && key.respondent == respondent
        && key.function == function
        && key.organisation == organisation
        && key.person == person
        && key.inHouse == inHouse;
  }
}
