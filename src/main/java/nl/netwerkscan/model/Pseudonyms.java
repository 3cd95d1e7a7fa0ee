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
  // By matching key, so one person keeps one code across the surveys of a comparison.
  private final Map<String, String> respondentCodes = new HashMap<>();
  private final Map<String, String> personCodes = new HashMap<>();

  private Pseudonyms() {}

  /** The survey with codes for names; problems that quote a name quote its code. */
  public static PseudonymisedSurvey apply(Survey survey) {
    return applyAll(List.of(survey)).get(0);
  }

  /** Several surveys with one set of codes: the same person has the same code in each. */
  public static List<PseudonymisedSurvey> applyAll(List<Survey> surveys) {
    Pseudonyms pseudonyms = new Pseudonyms();
    List<PseudonymisedSurvey> result = new ArrayList<>();
    for (Survey survey : surveys) {
      result.add(pseudonyms.code(survey));
    }
    return result;
  }

  private PseudonymisedSurvey code(Survey survey) {
    // One coded object per person, shared by all their contacts, as the importer interns them.
    Map<Respondent, Respondent> codedRespondents = new HashMap<>();
    Map<ContactPerson, ContactPerson> codedPersons = new HashMap<>();
    java.util.function.Function<Respondent, Respondent> respondent = r -> codedRespondents.computeIfAbsent(r, this::respondent);
    List<Contact> contacts = new ArrayList<>(survey.contacts().size());
    for (Contact contact : survey.contacts()) {
      Optional<ContactPerson> person = contact.person().map(p -> codedPersons.computeIfAbsent(p, this::person));
      contacts.add(
          new Contact(
              respondent.apply(contact.respondent()),
              contact.organisation(),
              person,
              contact.inHouse(),
              contact.answers(),
              contact.row()));
    }
    List<Respondent> respondents = survey.respondents().stream().map(respondent).toList();
    List<StaffMember> roster =
        survey.roster().stream().map(s -> new StaffMember(respondent.apply(s.respondent()), s.asked())).toList();
    List<Problem> problems = survey.problems().stream().map(this::problem).toList();
    Survey coded =
        new Survey(survey.fileName(), contacts, respondents, roster, problems, survey.problemCount(), survey.rows());
    return new PseudonymisedSurvey(coded, Map.copyOf(codeByName));
  }

  /**
   * A pseudonymised survey and the code of every real name, so that names given on the command
   * line (--leave) can still be found.
   */
  public record PseudonymisedSurvey(Survey survey, Map<String, String> codeByName) {}

  private Respondent respondent(Respondent real) {
    String code =
        respondentCodes.computeIfAbsent(real.key(), k -> String.format("M%02d", respondentCodes.size() + 1));
    codeByName.putIfAbsent(real.name(), code);
    return new Respondent(code.toLowerCase(java.util.Locale.ROOT), code, real.function());
  }

  private ContactPerson person(ContactPerson real) {
    String code =
        personCodes.computeIfAbsent(
            real.organisation().key() + '\u0000' + real.key(), k -> String.format("P%03d", personCodes.size() + 1));
    codeByName.putIfAbsent(real.name(), code);
    return new ContactPerson(code.toLowerCase(java.util.Locale.ROOT), code, real.organisation());
  }

  /** Problem texts may quote a respondent's name (a conflicting function): quote the code. */
  private Problem problem(Problem problem) {
    List<String> arguments = problem.arguments().stream().map(a -> codeByName.getOrDefault(a, a)).toList();
    String value = codeByName.getOrDefault(problem.value(), problem.value());
    return new Problem(problem.location(), value, problem.kind(), arguments);
  }
}
