package nl.netwerkscan.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.netwerkscan.model.Aspect;
import org.apache.poi.ss.SpreadsheetVersion;

/**
 * Writes a synthetic contact survey of any size in the contract's layout, for load tests and
 * demos: realistic enough that the analyses find something (skewed popularity, single points of
 * contact, closer in-house partners, the study's spread over organisation types) and with the
 * small share of mistakes real forms have, so the importer's problem list is exercised too.
 *
 * <p>The same seed gives the same cell contents: all randomness comes from one
 * {@link java.util.Random}, whose algorithm Java specifies, consumed in a fixed order. Rows are
 * streamed, so a million rows need a few tens of megabytes of heap.
 */
public final class SyntheticSurveyGenerator {

  /** Per function group, how its contacts spread over the types (after the study's averages). */
  private static final Map<String, double[]> TYPE_WEIGHTS =
      Map.of(
          SurveyLayout.CASE_MANAGER, new double[] {2, 13, 3, 1, 4, 0.3, 0.3, 0.3},
          SurveyLayout.BENEFIT_CONSULTANT, new double[] {1, 0.5, 0.2, 1, 6, 7, 2, 0.2},
          SurveyLayout.FINANCIAL_CONSULTANT, new double[] {0.3, 0.2, 0.1, 0.2, 1, 4, 1, 0.1},
          SurveyLayout.MANAGER, new double[] {2, 5, 0.5, 1, 3, 0.5, 0.5, 5});

  /** Anonymous forms: the average respondent's spread. */
  private static final double[] ALL_WEIGHTS = {1, 7, 1, 1, 3, 2, 0.5, 1};

  private static final List<String> TYPES =
      List.copyOf(SyntheticOrganisations.TYPE_SHARES.keySet());

  /** About 1 row in 200 carries a mistake (0.5 %). */
  private static final int MISTAKES_PER_THOUSAND = 5;

  private static final double UNNAMED_SHARE = 0.25;

  private final OrganisationCatalogue catalogue;

  public SyntheticSurveyGenerator() {
    this.catalogue = OrganisationCatalogue.builtIn();
  }

  /**
   * Usage: SyntheticSurveyGenerator OUT.xlsx ROWS [SEED]. Prints the time taken and the file
   * size, because its main use is producing load-test input.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SyntheticSurveyGenerator OUT.xlsx ROWS [SEED]");
      System.exit(2);
    }
    // POI logs through log4j-api, which warns on stderr when no provider is on the class path
    if (System.getProperty("log4j2.statusLoggerLevel") == null) {
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
    Path out = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    long start = System.nanoTime();
    new SyntheticSurveyGenerator().write(out, rows, seed);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %,d rows, seed %d, %.1f s, %,d bytes%n",
        out,
        rows,
        seed,
        seconds,
        Files.size(out));
  }

  /**
   * Writes a survey with exactly {@code rows} data rows below the header of its Contacten sheet.
   *
   * @param rows 0 up to 1,048,575 (an .xlsx sheet holds 1,048,576 rows, the header included)
   * @throws IllegalArgumentException if {@code rows} does not fit in one sheet
   */
  public void write(Path out, long rows, long seed) throws IOException {
    write(out, rows, seed, TextStorage.INLINE);
  }

  /**
   * As {@link #write(Path, long, long)}, with the text stored as {@code storage} says; the cells'
   * values are the same either way.
   */
  public void write(Path out, long rows, long seed, TextStorage storage) throws IOException {
    write(out, rows, seed, storage, 1);
  }

  /**
   * As {@link #write(Path, long, long, TextStorage)}, with the respondents spread over {@code
   * units} named units; more than one unit adds a Team column to Contacten and Medewerkers, one
   * writes no Team column at all.
   *
   * @param units 1 up to {@link #maxUnits(long)}
   */
  public void write(Path out, long rows, long seed, TextStorage storage, int units)
      throws IOException {
    long maxRows = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    if (rows < 0 || rows > maxRows) {
      throw new IllegalArgumentException(
          "rows must be between 0 and " + maxRows + " (one .xlsx sheet), not " + rows);
    }
    Random random = new Random(seed);
    SyntheticStaff staff = SyntheticStaff.create(random, (int) rows);
    SyntheticOrganisations organisations = SyntheticOrganisations.create(random, catalogue, rows);
    SyntheticUnits unitsOf =
        units == 1 ? SyntheticUnits.none() : SyntheticUnits.spread(seed, units, staff);
    try (SurveyWorkbookWriter writer =
        new SurveyWorkbookWriter(
            List.of(), /* withOrganisations= */ true, storage, unitsOf.present())) {
      writeContacts(writer, random, staff, organisations, unitsOf);
      for (SyntheticOrganisations.Org org : organisations.invented()) {
        writer.organisation(org.name(), org.type(), org.aliases());
      }
      for (SyntheticStaff.Member member : staff.respondents()) {
        if (!member.anonymous()) {
          writer.staff(member.name(), member.function(), /* asked= */ true, unitsOf.of(member));
        }
      }
      for (SyntheticStaff.Member member : staff.silent()) {
        writer.staff(member.name(), member.function(), /* asked= */ true, unitsOf.of(member));
      }
      writer.save(out);
    }
  }

  private void writeContacts(
      SurveyWorkbookWriter writer,
      Random random,
      SyntheticStaff staff,
      SyntheticOrganisations organisations,
      SyntheticUnits units) {
    SurveyRow previous = null;
    for (SyntheticStaff.Member member : staff.respondents()) {
      Set<Long> named = new HashSet<>();
      for (int i = 0; i < member.rows(); i++) {
        SurveyRow row = contact(random, member, organisations, named);
        if (units.present()) {
          row = row.withUnit(units.onForm(member));
        }
        if (random.nextInt(1000) < MISTAKES_PER_THOUSAND) {
          row = Mistakes.plant(random, row, previous, catalogue);
        }
        writer.contact(row);
        previous = row;
      }
    }
  }

  /** The most units a survey of {@code rows} rows can have: one respondent each. */
  public static int maxUnits(long rows) {
    return SyntheticStaff.respondentCount((int) rows);
  }

  private SurveyRow contact(
      Random random,
      SyntheticStaff.Member member,
      SyntheticOrganisations organisations,
      Set<Long> named) {
    String type = null;
    int org = -1;
    int person = -1;
    // a form lists each external person, and each organisation without a name, only once:
    // redraw a few times, then accept a repeat (rare, and the contract allows it)
    for (int attempt = 0; attempt < 4; attempt++) {
      type = TYPES.get(Weights.draw(random, weights(member)));
      org = organisations.draw(random, type);
      person =
          random.nextDouble() < UNNAMED_SHARE ? -1 : organisations.drawPerson(random, org);
      if (named.add(((long) org << 32) | (person & 0xffffffffL))) {
        break;
      }
    }
    boolean inHouse =
        person >= 0
            ? organisations.inHouse(org, person)
            : random.nextDouble() < organisations.get(org).inHouseShare() / 2;
    String personName = person >= 0 ? organisations.personName(org, person) : null;
    if (personName != null && random.nextInt(100) < 2) {
      personName = DutchNames.sloppy(personName);
    }
    List<Object> answers = new ArrayList<>(Aspect.values().length);
    for (Aspect aspect : Aspect.values()) {
      int value = AnswerModel.draw(random, type, aspect, inHouse);
      answers.add(AnswerModel.render(random, aspect, value));
    }
    return SurveyRow.of(
        member.name(),
        member.functionOnForm() ? member.function() : null,
        organisations.get(org).name(),
        personName,
        AnswerModel.renderInHouse(random, inHouse),
        answers);
  }

  private static double[] weights(SyntheticStaff.Member member) {
    return member.anonymous() ? ALL_WEIGHTS : TYPE_WEIGHTS.get(member.function());
  }
}
