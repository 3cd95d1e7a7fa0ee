package nl.netwerkscan.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of the unicode and injection surveys, shared by the generator that writes them and
 * the tests that look for them in the output. Each organisation gets three rows from one
 * respondent naming one person, so it is a high-risk organisation and appears in every output:
 * the workbook, the diagrams, the graph files and the slides.
 */
final class Names {
  /** Emoji (with a zero-width joiner), letters outside the BMP, right-to-left scripts, CJK. */
  static final String[][] UNICODE = {
    // respondent, organisation, contact person
    {"Zoë 👩‍💼", "Stichting 𝔊𝔢𝔩𝔡𝔷𝔬𝔯𝔤", "محمد العلي"},
    {"Noor", "עמותת שלום", "李小龍"},
    {"Lars 🚲", "🏠 Woonhuis Zuid", "Ярослава"},
  };

  /** Text that a spreadsheet, an XML file or a database might take for code. */
  static final String[][] INJECTION = {
    {"Anna", "=HYPERLINK(\"http://x\",\"y\")", "=1+1"},
    {"Bert", "@SUM(A1)", "-1"},
    {"Carla", "+1", "<b>vet</b>"},
    {"Dirk", "<script>alert(1)</script>", "a & b ]]> \"c\" 'd'"},
    {"Jan \"de\" <Vries>", "\"; DROP TABLE contacten; --", "Robert'); --"},
  };

  private Names() {}

  static Object[][] unicodeRows() {
    return rows(UNICODE);
  }

  static Object[][] injectionRows() {
    return rows(INJECTION);
  }

  /** Every text of {@code names}: what must come out exactly as it went in. */
  static List<String> all(String[][] names) {
    List<String> all = new ArrayList<>();
    for (String[] row : names) {
      all.addAll(List.of(row));
    }
    return all;
  }

  private static Object[][] rows(String[][] names) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(CorpusGenerator.HEADER);
    for (String[] name : names) {
      for (String intensity : new String[] {"dagelijks", "wekelijks", "maandelijks"}) {
        rows.add(new Object[] {name[0], "Casemanager", name[1], name[2], "nee", intensity});
      }
    }
    return rows.toArray(Object[][]::new);
  }
}
