package nl.netwerkscan.report.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.report.ReportContent;
import nl.netwerkscan.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** The explorer's JSON document, on a survey small enough to know every value by hand. */
class ExplorerDataTest {
  /** A name that would end the script block and start markup if it were written as it is. */
  private static final String HOSTILE = "Stichting \"Geld\" </script><img src=x onerror=alert(1)> & Co";

  @TempDir Path dir;

  /**
   * Anna names Piet three times at the hostile foundation (high risk: all through Piet, and
   * through Anna); at Werkplein Anna names Kees, Bram names Kees and Lies, and one row names
   * nobody: resilience 2.
   */
  private static Survey survey() {
    return TestSurveys.builder()
        .type(OrganisationType.BuiltIn.FINANCE)
        .contact("Anna de Vries", HOSTILE, "Piet", 5, 4, 3, 2, 1, 5, 4)
        .contact("Anna de Vries", HOSTILE, "Piet", 3, 4, 3, 2, 1, 5, 4)
        .contact("Anna de Vries", HOSTILE, "Piet", 4, 4, 3, 2, 1, 5, 4)
        .type(OrganisationType.BuiltIn.WORK)
        .contact("Anna de Vries", "Werkplein", "Kees", 2, 2, 2, 2, 2, 2, 2)
        .contact("Bram Koster", "Werkplein", "Kees", 4, 4, 4, 4, 4, 4, 4)
        .contact("Bram Koster", "Werkplein", "Lies", 3, 3, 3, 3, 3, 3, 3)
        .contact("Bram Koster", "Werkplein", null, 5, 5, 5, 5, 5, 5, 5)
        .build();
  }

  private static String json(Survey survey, Messages messages, ExplorerData.Privacy privacy) {
    ReportContent content = ReportContent.analyse(survey, ContactNetwork.of(survey, "Wij"));
    StringWriter out = new StringWriter();
    ExplorerData.write(out, content, messages, OptionalInt.of(2024), privacy);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    return new Json().toType(json, Json.MAP_TYPE);
  }

  @SuppressWarnings("unchecked")
  private static <T> T at(Object node, Object... path) {
    Object here = node;
    for (Object step : path) {
      here = here instanceof List<?> list ? list.get(((Number) step).intValue()) : ((Map<String, Object>) here).get(step);
    }
    return (T) here;
  }

  @Test
  void organisationsCarryTheFragilityFiguresTheirMeansAndTheirPeople() {
    Map<String, Object> data = parse(json(survey(), Messages.of(Messages.DUTCH), ExplorerData.Privacy.NAMES));

    assertEquals("Wij", data.get("home"));
    assertEquals(2024L, data.get("year"));
    assertEquals("names", data.get("privacy"));
    Map<String, Object> foundation = at(data, "organisations", 0);
    assertEquals(HOSTILE, foundation.get("name"));
    assertEquals("high", foundation.get("risk"));
    assertEquals(1L, foundation.get("resilience"));
    assertEquals(3L, foundation.get("contacts"));
    assertEquals(1L, foundation.get("staff"));
    assertEquals(1L, foundation.get("persons"));
    assertEquals(4.0, ((Number) at(foundation, "means", 0)).doubleValue(), 1e-9); // (5 + 3 + 4) / 3
    assertEquals("Geld", at(data, "types", at(foundation, "type"), "name"));
    assertEquals(List.of(List.of(0L, 0L, 3L)), at(foundation, "people", "links"));
    assertEquals("Piet", at(data, "persons", at(foundation, "people", "carryingPersons", 0), "name"));
    assertEquals("Anna de Vries", at(data, "staff", at(foundation, "people", "carryingStaff", 0), "name"));
    assertEquals("annadevries", at(data, "staff", at(foundation, "people", "carryingStaff", 0), "key"));
    assertEquals(2L, ((List<?>) at(foundation, "actions")).size(), "their single person and our single staff member");

    Map<String, Object> werkplein = at(data, "organisations", 1);
    assertEquals("low", werkplein.get("risk"));
    assertEquals(2L, werkplein.get("resilience"));
    assertEquals(3.5, ((Number) at(werkplein, "means", 0)).doubleValue(), 1e-9); // (2 + 4 + 3 + 5) / 4
    List<Long> persons = at(werkplein, "people", "persons");
    assertEquals(3, persons.size());
    assertTrue(persons.contains(-1L), "the unnamed node is a person node");
    assertEquals(4, ((List<?>) at(werkplein, "people", "links")).size());
    assertEquals(List.of(), at(werkplein, "actions"));
  }

  @Test
  void textsKeepTheirPlaceholdersForThePageAndFollowTheLanguage() {
    Map<String, Object> dutch = parse(json(survey(), Messages.of(Messages.DUTCH), ExplorerData.Privacy.NAMES));
    Map<String, Object> english = parse(json(survey(), Messages.of(Messages.ENGLISH), ExplorerData.Privacy.NAMES));

    assertEquals("Geen contact meer: {0}", at(dutch, "texts", "explorer.simulation.lost"));
    assertEquals("No contact left: {0}", at(english, "texts", "explorer.simulation.lost"));
    assertEquals("Rijen gelezen", at(dutch, "summary", 0, 0));
    assertEquals(Long.valueOf(7), at(dutch, "summary", 0, 1));
    assertEquals("Intensiteit", at(dutch, "aspects", 0));
    assertEquals("en", english.get("language"));
  }

  @Test
  void noSurveyTextCanCloseTheScriptBlockOrBecomeMarkup() {
    String json = json(survey(), Messages.of(Messages.DUTCH), ExplorerData.Privacy.NAMES);

    assertFalse(json.contains("<"), "no < at all");
    assertFalse(json.contains(">"), "no > at all");
    assertFalse(json.contains("&"), "no & at all");
    assertTrue(json.toLowerCase(java.util.Locale.ROOT).contains("\\u003c/script\\u003e"), json);
    assertTrue(json.contains("Stichting \\\"Geld\\\""), "quotes are escaped as JSON");
    assertEquals(HOSTILE, at(parse(json), "organisations", 0, "name"), "and the page reads the name back");
  }

  @Test
  void theJavaScriptLineSeparatorsAreEscapedToo() {
    Survey survey = TestSurveys.builder().contact("Anna", "Werk\u2028plein\u2029", "Kees", 3).build();

    String json = json(survey, Messages.of(Messages.DUTCH), ExplorerData.Privacy.NAMES);

    assertFalse(json.contains("\u2028") || json.contains("\u2029"));
    assertTrue(json.contains("Werk\\u2028plein\\u2029"), json);
  }

  @Test
  void thePageHoldsTheDataBlockTheLibraryAndItsOwnScriptAndNothingFromOutside() throws Exception {
    Survey survey = survey();
    ReportContent content = ReportContent.analyse(survey, ContactNetwork.of(survey, "Wij"));

    Path page = ExplorerPage.write(dir, content, Messages.of(Messages.ENGLISH), OptionalInt.empty(), ExplorerData.Privacy.CODES);

    assertEquals("explorer.html", page.getFileName().toString());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertEquals(3, html.split("</script>", -1).length - 1, "the data, Cytoscape.js and the page's script");
    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("\"privacy\":\"codes\""));
    assertTrue(html.contains("cytoscape"), "the library is inlined");
    assertFalse(html.contains("<script src"), "no script comes from elsewhere");
    assertFalse(html.contains("<link"), "no style sheet comes from elsewhere");
    assertTrue(html.contains("default-src 'none'"), "the page forbids itself any request");
    assertNull(at(parse(html.substring(html.indexOf("{\"language\""), html.indexOf("</script>"))), "year"));
  }
}
