package nl.netwerkscan.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.netwerkscan.model.Names;
import nl.netwerkscan.importer.SurveyVocabulary;
import nl.netwerkscan.importer.SurveyVocabulary.OrganisationEntry;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.StaffMember;
import nl.netwerkscan.model.Survey;

/**
 * What a template holds besides its fixed layout: the pre-filled contact rows, the roster and
 * the classification for the Organisaties sheet. Empty for a fresh template; from last year's
 * survey with {@code --from}.
 *
 * @param contacts the pre-filled rows of Contacten, answers left empty, in the order written
 * @param staff the pre-filled rows of Medewerkers
 * @param organisations the rows of Organisaties
 */
public record TemplateContent(List<ContactLine> contacts, List<StaffLine> staff, List<OrganisationEntry> organisations) {

  /**
   * One pre-filled contact row. {@code person} is empty when only the organisation was named,
   * {@code unit} when the respondent had none.
   */
  public record ContactLine(
      String respondent, FunctionGroup function, String organisation, String person, String unit) {
    public ContactLine {
      Objects.requireNonNull(respondent);
      Objects.requireNonNull(function);
      Objects.requireNonNull(organisation);
      Objects.requireNonNull(person);
      Objects.requireNonNull(unit);
    }
  }

  /** One pre-filled roster row; {@code unit} is empty when the member had none. */
  public record StaffLine(String name, FunctionGroup function, boolean asked, String unit) {
    public StaffLine {
      Objects.requireNonNull(name);
      Objects.requireNonNull(function);
      Objects.requireNonNull(unit);
    }
  }

  public TemplateContent {
    contacts = List.copyOf(contacts);
    staff = List.copyOf(staff);
    organisations = List.copyOf(organisations);
  }

  /** A fresh template: no rows, the built-in classification. */
  public static TemplateContent empty() {
    return new TemplateContent(List.of(), List.of(), SurveyVocabulary.builtInOrganisations());
  }

  /**
   * Next year's form from last year's survey: one row per distinct (respondent, organisation,
   * person), by respondent, then organisation, then person (the unnamed mention first), so each
   * staff member finds their rows together; names as last year wrote them, organisations under
   * their canonical names, each row with its respondent's unit. The roster is last year's, with
   * the respondents it lacked added, each with their unit.
   */
  public static TemplateContent fromSurvey(Survey lastYear) {
    Map<String, ContactLine> lines = new LinkedHashMap<>();
    List<Contact> contacts = new ArrayList<>(lastYear.contacts());
    contacts.sort(
        Comparator.comparing((Contact c) -> c.respondent().key())
            .thenComparing(c -> c.organisation().key())
            .thenComparing(c -> c.person().map(ContactPerson::key).orElse("")));
    for (Contact c : contacts) {
      String key = c.respondent().key() + '\u0000' + c.organisation().key() + '\u0000' + c.person().map(ContactPerson::key).orElse("");
      lines.putIfAbsent(
          key,
          new ContactLine(
              c.respondent().name(),
              c.respondent().function(),
              c.organisation().name(),
              c.person().map(ContactPerson::name).orElse(""),
              c.respondent().unit().name()));
    }
    return new TemplateContent(new ArrayList<>(lines.values()), staff(lastYear), organisations(lastYear));
  }

  /** Last year's roster in its order, then the respondents it lacks, by name. */
  private static List<StaffLine> staff(Survey lastYear) {
    List<StaffLine> lines = new ArrayList<>();
    Set<String> listed = new java.util.HashSet<>();
    for (StaffMember member : lastYear.roster()) {
      lines.add(staffLine(member));
      listed.add(member.respondent().key());
    }
    lastYear.respondents().stream()
        .filter(r -> !listed.contains(r.key()))
        .sorted(Comparator.comparing(Respondent::key))
        .forEach(r -> lines.add(new StaffLine(r.name(), r.function(), /* asked= */ true, r.unit().name())));
    return lines;
  }

  private static StaffLine staffLine(StaffMember member) {
    return new StaffLine(
        member.respondent().name(), member.respondent().function(), member.asked(), member.respondent().unit().name());
  }

  /**
   * The units the roster names, in the order first met: what the Team drop-down offers. Empty
   * for a fresh template and for a survey without units.
   */
  public List<String> units() {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (StaffLine line : staff) {
      if (!line.unit().isEmpty()) {
        byKey.putIfAbsent(Names.key(line.unit()), line.unit());
      }
    }
    return List.copyOf(byKey.values());
  }

  /**
   * The built-in classification, with last year's own classification laid over it: an
   * organisation it typed differently keeps last year's type, and one the built-in list lacks is
   * added (with an empty type when last year left it unclassified, so the coordinator sees
   * where a type is missing). Aliases from last year's Organisaties sheet are not in the survey;
   * they are not needed, as the pre-filled rows use canonical names.
   */
  private static List<OrganisationEntry> organisations(Survey lastYear) {
    Map<String, OrganisationEntry> byKey = new LinkedHashMap<>();
    for (OrganisationEntry entry : SurveyVocabulary.builtInOrganisations()) {
      byKey.put(Names.key(entry.name()), entry);
    }
    List<Organisation> seen = lastYear.contacts().stream().map(Contact::organisation).distinct().toList();
    List<OrganisationEntry> added = new ArrayList<>();
    for (Organisation organisation : seen) {
      Optional<OrganisationEntry> known = Optional.ofNullable(byKey.get(organisation.key()));
      if (known.isEmpty()) {
        added.add(new OrganisationEntry(organisation.name(), organisation.type(), List.of()));
      } else if (!organisation.type().isUnknown() && !known.get().type().equals(organisation.type())) {
        byKey.put(organisation.key(), new OrganisationEntry(known.get().name(), organisation.type(), known.get().aliases()));
      }
    }
    added.sort(Comparator.comparing(e -> Names.key(e.name())));
    List<OrganisationEntry> all = new ArrayList<>(byKey.values());
    all.addAll(added);
    return all;
  }
}
