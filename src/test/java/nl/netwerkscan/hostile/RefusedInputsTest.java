package nl.netwerkscan.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.netwerkscan.hostile.Corpus.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corpus files that cannot be used: exit status 1, exactly one sentence on stderr in the user's
 * language naming the file (asserted as the whole text of its message key), nothing on stdout,
 * no report folder and no temporary folder left behind, within seconds.
 */
class RefusedInputsTest {
  @TempDir Path dir;

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("leeg.xlsx", "error.file.empty", List.of("leeg.xlsx")),
        Arguments.of("foto.xlsx", "error.file.not.spreadsheet", List.of("foto.xlsx")),
        Arguments.of("half-opgeslagen.xlsx", "error.file.unreadable", List.of("half-opgeslagen.xlsx")),
        Arguments.of("brief.xlsx", "error.file.not.spreadsheet", List.of("brief.xlsx")),
        Arguments.of("wachtwoord.xlsx", "error.file.encrypted", List.of("wachtwoord.xlsx")),
        Arguments.of("wachtwoord.xls", "error.file.encrypted", List.of("wachtwoord.xls")),
        Arguments.of("excel95.xls", "error.file.other.format", List.of("excel95.xls")),
        Arguments.of("notitie.xls", "error.file.not.spreadsheet", List.of("notitie.xls")),
        Arguments.of(
            "zonder-kolommen.xlsx",
            "error.header.missing",
            List.of("zonder-kolommen.xlsx", "Contacten", "Respondent, Organisatie")),
        Arguments.of("alleen-kop.xlsx", "error.no.contacts", List.of("alleen-kop.xlsx", "Contacten")));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("refused")
  void isRefusedWithOneSentenceAndNothingWritten(String name, String key, List<String> arguments) {
    Path survey = Corpus.copy(name, dir);
    Path report = dir.resolve("rapport");

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Corpus.analyse(survey, report));

    assertEquals(1, run.status(), run::err);
    assertEquals(Corpus.dutch(key, arguments.toArray()), run.err());
    assertEquals("", run.out());
    assertFalse(Files.exists(report), "no report folder");
    assertEquals(List.of(), Corpus.leftovers(dir));
  }

  @Test
  void thePasswordSentenceIsTheIssuesExample() {
    Path survey = Corpus.copy("wachtwoord.xlsx", dir);

    Run run = Corpus.analyse(survey, dir.resolve("rapport"));

    assertEquals(
        "wachtwoord.xlsx is met een wachtwoord beveiligd; sla het op zonder wachtwoord en probeer opnieuw."
            + System.lineSeparator(),
        run.err());
  }

  @Test
  void inEnglishTheSentenceIsEnglish() {
    Path survey = Corpus.copy("wachtwoord.xls", dir);

    Run run = Corpus.run("analyse", survey.toString(), "--out", dir.resolve("report").toString(), "--lang", "en");

    assertEquals(1, run.status());
    assertEquals(
        "wachtwoord.xls is protected with a password; save it without a password and try again."
            + System.lineSeparator(),
        run.err());
  }
}
