package nl.netwerkscan.importer;

import java.util.Optional;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Organisation;

/**
 * A used row before its respondent's function is settled. Its fields after matching are the
 * contract's duplicate key: respondent, the row's own function, organisation, person, in-house
 * and answers. All of them are interned, so identity stands for equality and hashing needs no
 * string work.
 */
record ContactDraft(
    RespondentDraft respondent,
    FunctionGroup function,
    Organisation organisation,
    Optional<ContactPerson> person,
    InHouse inHouse,
    Answers answers,
    int row,
    int hash) {

  ContactDraft(
      RespondentDraft respondent,
      FunctionGroup function,
      Organisation organisation,
      Optional<ContactPerson> person,
      InHouse inHouse,
      Answers answers,
      int row) {
    this(respondent, function, organisation, person, inHouse, answers, row,
        hash(respondent, function, organisation, person, inHouse, answers));
  }

  private static int hash(
      RespondentDraft respondent,
      FunctionGroup function,
      Organisation organisation,
      Optional<ContactPerson> person,
      InHouse inHouse,
      Answers answers) {
    int h = System.identityHashCode(respondent);
    h = 31 * h + System.identityHashCode(function);
    h = 31 * h + System.identityHashCode(organisation);
    h = 31 * h + System.identityHashCode(person);
    h = 31 * h + inHouse.ordinal();
    return 31 * h + System.identityHashCode(answers);
  }

  boolean sameFields(ContactDraft other) {
    return hash == other.hash
        && respondent == other.respondent
        && function == other.function
        && organisation == other.organisation
        && person == other.person
        && inHouse == other.inHouse
        && answers == other.answers;
  }
}
