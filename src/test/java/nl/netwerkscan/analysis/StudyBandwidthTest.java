package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.netwerkscan.analysis.FragilityAnalysis.Row;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

/**
 * The study's bandwidth table (domain.md), rebuilt as a survey with its counts: staff with
 * contact · contacts · distinct persons · mentions of the most-named person. The study found
 * that MTW, GeldZorg and Alfacollege hang on one external person; the analysis must say so.
 *
 * <p>Construction: an organisation's rows go person by person (the most-named first, unnamed
 * mentions last) and are dealt round-robin over its staff, so the most-named person's mentions
 * spread over many staff (at CWI 13 mentions over 13 staff members) and every staff member has
 * at least one row. Where the study's "(2)" gives two persons together (WeerWerk 23, SBK 10) the
 * two get 12 + 11 and 5 + 5: our figure is the single most-named person.
 */
class StudyBandwidthTest {

  private static void organisation(
      TestSurveys.Builder b, String name, int staff, int unnamed, int... mentionsPerPerson) {
    int row = 0;
    for (int p = 0; p < mentionsPerPerson.length; p++) {
      for (int m = 0; m < mentionsPerPerson[p]; m++) {
        b.contact(staffName(row++ % staff), name, name + " person " + (p + 1));
      }
    }
    for (int m = 0; m < unnamed; m++) {
      b.contact(staffName(row++ % staff), name, null);
    }
  }

  private static String staffName(int i) {
    return "Medewerker " + (i + 1);
  }

  static Survey study() {
    TestSurveys.Builder b = TestSurveys.builder();
    // CWI 20·34·7·13: 13+4+3+2+2+1+1 = 26 named rows + 8 unnamed = 34
    organisation(b, "CWI", 20, 8, 13, 4, 3, 2, 2, 1, 1);
    // WeerWerk 15·44·16·23(2): 12+11 and 14 more persons with 7×2 + 7×1 = 21 -> 44
    organisation(b, "WeerWerk", 15, 0, 12, 11, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1);
    // MJD 15·17·6·7: 7+2+2+2+1+1 = 15 + 2 unnamed = 17
    organisation(b, "MJD", 15, 2, 7, 2, 2, 2, 1, 1);
    // GGz 15·18·5·14: 14+1+1+1+1 = 18
    organisation(b, "GGz", 15, 0, 14, 1, 1, 1, 1);
    // WPG 14·22·11·8: 8 + 4×2 + 6×1 = 22
    organisation(b, "WPG", 14, 0, 8, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1);
    // Kliq 11·24·12·6: 6 + 7×2 + 4×1 = 24
    organisation(b, "Kliq", 11, 0, 6, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1);
    // Kinderopvang 11·19·3·11: 11+4+4 = 19
    organisation(b, "Kinderopvang", 11, 0, 11, 4, 4);
    // SBK 10·11·3·10(2): 5+5+1 = 11
    organisation(b, "SBK", 10, 0, 5, 5, 1);
    // MTW: 8 staff to 1 person; GeldZorg 6 to 1; Alfacollege 5 to 1 (one row each)
    organisation(b, "Museum Technische Werken", 8, 0, 8);
    organisation(b, "GeldZorg", 6, 0, 6);
    organisation(b, "Alfacollege", 5, 0, 5);
    // Prové: 2 staff, 4 persons, one row each
    organisation(b, "Prové", 2, 0, 1, 1, 1, 1);
    return b.build();
  }

  @Test
  void exactlyTheThreeOrganisationsOnOneExternalPersonAreHighRisk() {
    FragilityAnalysis.Result result = FragilityAnalysis.analyse(study());

    // High first, by contacts: MTW 8, GeldZorg 6, Alfacollege 5.
    assertEquals(
        List.of("Museum Technische Werken", "GeldZorg", "Alfacollege"),
        result.highRisk().stream().map(r -> r.organisation().name()).toList());
    for (Row row : result.highRisk()) {
      assertEquals(1, row.resilience());
      assertEquals(List.of(Side.EXTERNAL), row.carriers().stream().map(Carrier::side).toList());
    }
    assertEquals(12, result.rows().size());
  }

  @Test
  void cwiHasTheStudysBandwidth() {
    Map<String, Row> rows =
        FragilityAnalysis.analyse(study()).rows().stream()
            .collect(Collectors.toMap(r -> r.organisation().name(), Function.identity()));
    Row cwi = rows.get("CWI");
    assertEquals(20, cwi.figures().staff());
    assertEquals(34, cwi.figures().contacts());
    assertEquals(7, cwi.figures().externalPersons());
    assertEquals(13, cwi.mostNamedMentions());
    assertEquals(13.0 / 34, cwi.share(), 1e-12);
    // 7 named people each reach a different staff member, plus the unnamed node -> 8.
    assertEquals(8, cwi.resilience());
    assertEquals(Risk.LOW, cwi.risk());

    // GGz 14/18 and Kinderopvang 11/19 lean on one person (share > 0.5) but have resilience
    // 5 and 3: medium, the study's "less so". SBK's 5/11 and WeerWerk's 12/44 stay low.
    assertEquals(Risk.MEDIUM, rows.get("GGz").risk());
    assertEquals(Risk.MEDIUM, rows.get("Kinderopvang").risk());
    assertEquals(Risk.LOW, rows.get("SBK").risk());
    assertEquals(Risk.LOW, rows.get("WeerWerk").risk());
    assertEquals(3, rows.get("SBK").figures().externalPersons());
    assertEquals(16, rows.get("WeerWerk").figures().externalPersons());
    assertEquals(44, rows.get("WeerWerk").figures().contacts());
    assertEquals(2, rows.get("Prové").resilience());
  }
}
