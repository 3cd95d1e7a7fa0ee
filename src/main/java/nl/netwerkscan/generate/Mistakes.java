package nl.netwerkscan.generate;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The mistakes real survey forms contain, planted in an otherwise good row: an answer off the
 * scale, a forgotten organisation, an organisation spelt another way, a row typed in twice.
 * Each is something the contract tells the importer how to handle, so generated surveys test
 * that handling at scale.
 */
final class Mistakes {

  /** Off the scale: numbers out of range, a half point, words that are not on any scale. */
  private static final List<Object> INVALID_ANSWERS = List.of(7, "7", "vaak", 2.5, "nvt", 0);

  private Mistakes() {}

  /**
   * {@code row} with one mistake, or an exact copy of {@code previous} (which may be null for
   * the first row of a survey; then another kind of mistake is made).
   */
  static SurveyRow plant(
      Random random, SurveyRow row, SurveyRow previous, OrganisationCatalogue catalogue) {
    int kind = random.nextInt(4);
    if (kind == 3 && previous != null) {
      return previous;
    }
    return switch (kind) {
      case 0 -> invalidAnswer(random, row);
      case 1 -> row.with(SurveyRow.ORGANISATION, null);
      case 2 -> otherSpelling(random, row, catalogue);
      default -> invalidAnswer(random, row);
    };
  }

  private static SurveyRow invalidAnswer(Random random, SurveyRow row) {
    int column = SurveyRow.FIRST_ANSWER + random.nextInt(7);
    return row.with(column, INVALID_ANSWERS.get(random.nextInt(INVALID_ANSWERS.size())));
  }

  /**
   * The organisation as staff also write it: a known alias ("Weerwerk", "Alfa college") where
   * the classification has one, else the name in other capitals or without spaces. All still
   * name the same organisation under the contract's matching rules.
   */
  private static SurveyRow otherSpelling(
      Random random, SurveyRow row, OrganisationCatalogue catalogue) {
    String name = row.text(SurveyRow.ORGANISATION);
    List<String> aliases =
        catalogue.find(name).map(OrganisationCatalogue.Entry::aliases).orElse(List.of());
    String spelling;
    if (!aliases.isEmpty() && random.nextBoolean()) {
      spelling = aliases.get(random.nextInt(aliases.size()));
    } else {
      spelling =
          switch (random.nextInt(3)) {
            case 0 -> name.toLowerCase(Locale.ROOT);
            case 1 -> name.toUpperCase(Locale.ROOT);
            default -> name.replace(" ", "");
          };
    }
    return row.with(SurveyRow.ORGANISATION, spelling);
  }
}
