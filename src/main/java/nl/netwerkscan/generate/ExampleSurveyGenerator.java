package nl.netwerkscan.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.netwerkscan.generate.ExampleAllocator.Mention;
import nl.netwerkscan.generate.ExamplePlan.Group;
import nl.netwerkscan.generate.ExamplePlan.OrganisationSpec;
import nl.netwerkscan.model.Aspect;

/**
 * Writes surveys/voorbeeld-2024.xlsx: a plausible survey of one social service, modelled on the
 * study's figures (domain.md) so the tool's output can be checked against them by eye: 26
 * respondents of 40 asked, 429 contacts over about 90 organisations, CWI with 20 colleagues and
 * 7 persons, Museum Technische Werken, GeldZorg and Alfacollege each hanging on one person.
 * It also carries the handful of mistakes a real file has (see {@link ExampleMistakes}).
 *
 * <p>Fixed seed and fixed document dates: regenerating gives the same file, byte for byte.
 */
public final class ExampleSurveyGenerator {

  public static final Path DEFAULT_OUTPUT = Path.of("surveys", "voorbeeld-2024.xlsx");

  private static final long SEED = 2024;

  static final String TITLE = "Contactenquête 2024 — Sociale Dienst";

  /** Share of an organisation's persons who work in our building; the rest of the world 4 %. */
  private static final Map<String, Double> IN_HOUSE_SHARE =
      Map.of(
          "CWI", 0.75, "WeerWerk", 0.5, "WPG", 0.35, "Kliq", 0.3, "GGz", 0.5, "MJD", 0.35,
          "GeldZorg", 1.0, "PEP", 0.5, "Kinderopvang", 0.3);

  private final OrganisationCatalogue catalogue = OrganisationCatalogue.builtIn();

  /** Usage: ExampleSurveyGenerator [output.xlsx], default surveys/voorbeeld-2024.xlsx. */
  public static void main(String[] args) throws IOException {
    // POI logs through log4j-api, which warns on stderr when no provider is on the class path;
    // this tool has nothing to log, so keep the console to the one line below
    if (System.getProperty("log4j2.statusLoggerLevel") == null) {
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
    Path out = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
    new ExampleSurveyGenerator().write(out);
    System.out.println("wrote " + out);
  }

  /** Writes the example survey to {@code out}; the same bytes every time. */
  public void write(Path out) throws IOException {
    Random random = new Random(SEED);
    ExampleStaff staff = ExampleStaff.create(random);
    List<Mention> mentions = allocate(random, staff);
    Map<String, List<Person>> persons = namePersons(random, mentions);
    List<SurveyRow> rows = new ArrayList<>();
    for (int respondent = 0; respondent < staff.respondents().size(); respondent++) {
      List<Mention> form = new ArrayList<>();
      for (Mention mention : mentions) {
        if (mention.respondent() == respondent) {
          form.add(mention);
        }
      }
      // a form lists contacts in the order its author thought of them, not sorted
      Collections.shuffle(form, random);
      for (Mention mention : form) {
        rows.add(row(random, staff.respondents().get(respondent), mention, persons));
      }
    }
    List<SurveyRow> withMistakes = ExampleMistakes.plant(random, rows, staff);
    try (SurveyWorkbookWriter writer =
        new SurveyWorkbookWriter(List.of(TITLE), /* withOrganisations= */ false)) {
      withMistakes.forEach(writer::contact);
      for (ExampleStaff.Member member : staff.roster()) {
        writer.staff(member.name(), member.group().function, member.asked());
      }
      writer.save(out);
    }
  }

  private List<Mention> allocate(Random random, ExampleStaff staff) {
    List<Group> groupOf = staff.respondents().stream().map(ExampleStaff.Member::group).toList();
    ExampleAllocator allocator = new ExampleAllocator(groupOf, random);
    List<Mention> mentions = new ArrayList<>();
    for (OrganisationSpec spec : ExamplePlan.BANDWIDTH) {
      mentions.addAll(allocator.allocate(spec));
    }
    for (String type : ExamplePlan.CONTACTS_BY_TYPE.keySet()) {
      if (allocator.open(type) == 0) {
        continue;
      }
      List<OrganisationSpec> others =
          new ArrayList<>(ExamplePlan.others(random, catalogue, type, allocator.open(type)));
      // the big ones first, while most colleagues still have room
      others.sort(Comparator.comparingInt(spec -> -spec.rows()));
      for (OrganisationSpec spec : others) {
        mentions.addAll(allocator.allocate(spec));
      }
    }
    return mentions;
  }

  /** A contact person: the name forms use, and whether they work in our building. */
  record Person(String name, boolean inHouse) {}

  /** Names every person once, unique over the whole survey, so no two people merge by accident. */
  private static Map<String, List<Person>> namePersons(Random random, List<Mention> mentions) {
    // insertion order: the names drawn must not depend on HashMap iteration
    Map<String, Integer> personCount = new LinkedHashMap<>();
    for (Mention mention : mentions) {
      personCount.putIfAbsent(
          mention.organisation().name(), mention.organisation().personMentions().length);
    }
    Set<String> used = new HashSet<>();
    Map<String, List<Person>> persons = new HashMap<>();
    personCount.forEach(
        (organisation, count) -> {
          double share = IN_HOUSE_SHARE.getOrDefault(organisation, 0.04);
          List<Person> list = new ArrayList<>();
          while (list.size() < count) {
            String name = DutchNames.contactName(random.nextLong());
            if (used.add(DutchNames.matchKey(name))) {
              list.add(new Person(name, random.nextDouble() < share));
            }
          }
          persons.put(organisation, list);
        });
    return persons;
  }

  private static SurveyRow row(
      Random random,
      ExampleStaff.Member member,
      Mention mention,
      Map<String, List<Person>> persons) {
    OrganisationSpec organisation = mention.organisation();
    Person person =
        mention.person() == Mention.UNNAMED
            ? null
            : persons.get(organisation.name()).get(mention.person());
    boolean inHouse =
        person != null
            ? person.inHouse()
            : random.nextDouble() < IN_HOUSE_SHARE.getOrDefault(organisation.name(), 0.04) / 2;
    List<Object> answers = new ArrayList<>();
    for (Aspect aspect : Aspect.values()) {
      int value = AnswerModel.draw(random, organisation.type(), aspect, inHouse);
      answers.add(AnswerModel.render(random, aspect, value));
    }
    return SurveyRow.of(
        member.name(),
        member.group().function,
        organisation.name(),
        person == null ? null : person.name(),
        AnswerModel.renderInHouse(random, inHouse),
        answers);
  }
}
