package nl.netwerkscan.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds tiny in-memory surveys for analysis tests, the way JGraphT's TestUtil builds tiny
 * graphs. Names are their own keys (lower-cased), organisation types are built-in names.
 */
public final class TestSurveys {
  private TestSurveys() {}

  public static Builder builder() {
    return new Builder();
  }

  /** Answers from seven numbers in aspect order; 0 = not answered. */
  public static Answers answers(int... values) {
    Answers answers = Answers.NONE;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != 0) {
        answers = answers.with(Aspect.values()[i], values[i]);
      }
    }
    return answers;
  }

  public static final class Builder {
    private final Map<String, Respondent> respondents = new LinkedHashMap<>();
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, ContactPerson> persons = new LinkedHashMap<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<StaffMember> roster = new ArrayList<>();
    private FunctionGroup nextFunction = FunctionGroup.UNKNOWN;
    private OrganisationType nextType = OrganisationType.UNKNOWN;
    private InHouse nextInHouse = InHouse.UNKNOWN;
    private Unit nextUnit = Unit.UNKNOWN;

    /** The function group of respondents first seen after this call. */
    public Builder function(FunctionGroup.BuiltIn function) {
      nextFunction = FunctionGroup.of(function);
      return this;
    }

    /** The type of organisations first seen after this call. */
    public Builder type(OrganisationType.BuiltIn type) {
      nextType = OrganisationType.of(type);
      return this;
    }

    /** The unit of respondents first seen after this call. */
    public Builder unit(String name) {
      nextUnit = new Unit(key(name), name);
      return this;
    }

    public Builder inHouse(InHouse inHouse) {
      nextInHouse = inHouse;
      return this;
    }

    /** Adds a contact; {@code person} null for a mention without a name. */
    public Builder contact(String respondent, String organisation, String person, int... answers) {
      Respondent r =
          respondents.computeIfAbsent(respondent, n -> new Respondent(key(n), n, nextFunction, nextUnit));
      Organisation o =
          organisations.computeIfAbsent(organisation, n -> new Organisation(key(n), n, nextType));
      Optional<ContactPerson> p =
          person == null
              ? Optional.empty()
              : Optional.of(
                  persons.computeIfAbsent(
                      organisation + "\u0000" + person, k -> new ContactPerson(key(person), person, o)));
      contacts.add(new Contact(r, o, p, nextInHouse, TestSurveys.answers(answers), contacts.size() + 2));
      return this;
    }

    public Builder staff(String name, FunctionGroup.BuiltIn function, boolean asked) {
      Respondent r = respondents.getOrDefault(name, new Respondent(key(name), name, FunctionGroup.of(function)));
      roster.add(new StaffMember(r, asked));
      return this;
    }

    public Survey build() {
      List<Respondent> answered = new ArrayList<>();
      for (Contact c : contacts) {
        if (!answered.contains(c.respondent())) {
          answered.add(c.respondent());
        }
      }
      return new Survey(
          "test.xlsx",
          contacts,
          answered,
          roster,
          List.of(),
          0,
          new RowCounts(contacts.size(), contacts.size(), 0, 0));
    }

    private static String key(String name) {
      return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
  }
}
