package nl.netwerkscan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces every respondent's and contact person's name by a stable code (M01… for our staff,
 * P001… for contact persons), in order of first appearance, so that no output file of a report
 * carries a person's name (report contract, Pseudonymisation). Organisation names stay. Applied
 * to the survey before any analysis, so every table, picture, graph file and slide made from it
 * is pseudonymised by construction rather than by each writer remembering to.
 */
public final class Pseudonyms {
  private final Map<String, String> codeByName = new HashMap<>();
  private final Map<Respondent, Respondent> respondents = new HashMap<>();
  private final Map<ContactPerson, ContactPerson> persons = new HashMap<>();

  private Pseudonyms() {}

  /** The survey with codes for names; problems that quote a name quote its code. */
  public static PseudonymisedSurvey apply(Survey survey) {
    Pseudonyms pseudonyms = new Pseudonyms();
    List<Contact> contacts = new ArrayList<>(survey.contacts().size());
    for (Contact contact : survey.contacts()) {
      Optional<ContactPerson> person = contact.person().map(pseudonyms::person);
      contacts.add(
          new Contact(
              pseudonyms.respondent(contact.respondent()),
              contact.organisation(),
              person,
              contact.inHouse(),
              contact.answers(),
              contact.row()));
    }
    List<Respondent> respondents = survey.respondents().stream().map(pseudonyms::respondent).toList();
    List<StaffMember> roster =
        survey.roster().stream().map(s -> new StaffMember(pseudonyms.respondent(s.respondent()), s.asked())).toList();
    List<Problem> problems = survey.problems().stream().map(pseudonyms::problem).toList();
    Survey coded =
        new Survey(survey.fileName(), contacts, respondents, roster, problems, survey.problemCount(), survey.rows());
    return new PseudonymisedSurvey(coded, Map.copyOf(pseudonyms.codeByName));
  }

  /**
   * A pseudonymised survey and the code of every real name, so that names given on the command
   * line (--leave) can still be found.
   */
  public record PseudonymisedSurvey(Survey survey, Map<String, String> codeByName) {}

  private Respondent respondent(Respondent real) {
    return respondents.computeIfAbsent(
        real,
        r -> {
          String code = String.format("M%02d", respondents.size() + 1);
          codeByName.putIfAbsent(r.name(), code);
          return new Respondent(code.toLowerCase(java.util.Locale.ROOT), code, r.function());
        });
  }

  private ContactPerson person(ContactPerson real) {
    return persons.computeIfAbsent(
        real,
        p -> {
          String code = String.format("P%03d", persons.size() + 1);
          codeByName.putIfAbsent(p.name(), code);
          return new ContactPerson(code.toLowerCase(java.util.Locale.ROOT), code, p.organisation());
        });
  }

  /** Problem texts may quote a respondent's name (a conflicting function): quote the code. */
  private Problem problem(Problem problem) {
    List<String> arguments = problem.arguments().stream().map(a -> codeByName.getOrDefault(a, a)).toList();
    String value = codeByName.getOrDefault(problem.value(), problem.value());
    return new Problem(problem.location(), value, problem.kind(), arguments);
  }
}
