package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Wrong usage: one sentence in the user's language, one line pointing to --help, exit 2. */
class UsageErrorsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static String lines(String... lines) {
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  @Test
  void anInvalidChoiceNamesTheValueAndTheAllowedOnes() {
    assertEquals(2, run("analyse", "x.xlsx", "--lang", "fr"));
    assertEquals(lines("Ongeldige waarde 'fr' voor --lang: kies uit nl, en.", "Zie 'netwerkscan analyse --help'."),
        err.toString());
    assertEquals("", out.toString()); // no help text dumped
  }

  @Test
  void anUnknownOptionInEnglish() {
    assertEquals(2, run("analyse", "x.xlsx", "--lang", "en", "--bogus"));
    assertEquals(lines("Unknown option or value: --bogus.", "See 'netwerkscan analyse --help'."), err.toString());
  }

  @Test
  void aMissingSurveyAndANumberThatIsNone() {
    assertEquals(2, run("analyse"));
    assertEquals(2, run("analyse", "x.xlsx", "--min-contacten", "abc"));
    assertEquals(
        lines("Ontbreekt: SURVEY.", "Zie 'netwerkscan analyse --help'.",
            "Ongeldige waarde 'abc' voor --min-contacts.", "Zie 'netwerkscan analyse --help'."),
        err.toString());
  }

  @Test
  void aCommandsOwnUsageErrorKeepsItsSentence() {
    assertEquals(2, run("analyse", "x.xlsx", "--lang", "en", "--max-share", "2"));
    assertEquals(
        lines("--max-share is a fraction from 0 to 1 (0.5 = half), not 2.0.", "See 'netwerkscan analyse --help'."),
        err.toString());
  }
}
