package nl.netwerkscan.analysis;

import static nl.netwerkscan.model.OrganisationType.BuiltIn.CARE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CWI;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.EDUCATION;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.FINANCE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.WORK;

import java.util.List;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;

/**
 * Three hand-built yearly surveys (2022, 2023, 2024) for the trend tests. Thresholds are the
 * defaults (3 contacts), so "high" below means resilience 1 with 3 or more contacts.
 *
 * <ul>
 *   <li>MTW (work): Anna, Bert, Cees all to Kees every year: high, high, high (persistently
 *       fragile). Intensity 5, 4, 3: distance 0, 0.25, 0.5.
 *   <li>CWI (job centre): Anna, Bert, Cees to Jan in 2022 (high), then to Jan, Piet, Mia (low):
 *       recovered. Trust 1 in 2022, 3 in 2024: distance 1, none, 0.5.
 *   <li>GeldZorg (finance): Anna–Ria, Bert–Sam, Cees–Tom (low) in 2022 and 2023; in 2024 Dirk, who
 *       joined, has all three (high): newly fragile.
 *   <li>Alfacollege (education): Bert to Wim, Xia, Yara in 2022 and 2023 (high), gone in 2024: no
 *       pattern, its relation ended rather than recovered.
 *   <li>SVB (job centre): Anna, Bert, Cees to Olga (high), then Olga, Pim, Quin (low), then Olga
 *       again (high): high again, no pattern.
 *   <li>Kliq (work): Eva–Sara in 2022, nobody in 2023 (Eva is gone too), both back in 2024.
 *   <li>GGz (care): Fenna–Els and Anna–Els in 2022 and 2023; Fenna left in 2024, Anna–Els stays.
 * </ul>
 */
public final class TrendSurveys {
  private TrendSurveys() {}

  public static List<Survey> years() {
    return List.of(year2022(), year2023(), year2024());
  }

  public static Survey year2022() {
    TestSurveys.Builder b = TestSurveys.builder().type(WORK);
    trio(b, "MTW", "Kees", "Kees", "Kees", 5, 0);
    b.type(CWI);
    trio(b, "CWI", "Jan", "Jan", "Jan", 0, 1);
    b.type(FINANCE);
    trio(b, "GeldZorg", "Ria", "Sam", "Tom", 0, 0);
    b.type(EDUCATION);
    alfacollege(b);
    b.type(CWI);
    trio(b, "SVB", "Olga", "Olga", "Olga", 0, 0);
    b.type(WORK).contact("Eva", "Kliq", "Sara");
    b.type(CARE).contact("Fenna", "GGz", "Els").contact("Anna", "GGz", "Els");
    return b.build();
  }

  public static Survey year2023() {
    TestSurveys.Builder b = TestSurveys.builder().type(WORK);
    trio(b, "MTW", "Kees", "Kees", "Kees", 4, 0);
    b.type(CWI);
    trio(b, "CWI", "Jan", "Piet", "Mia", 0, 0);
    b.type(FINANCE);
    trio(b, "GeldZorg", "Ria", "Sam", "Tom", 0, 0);
    b.type(EDUCATION);
    alfacollege(b);
    b.type(CWI);
    trio(b, "SVB", "Olga", "Pim", "Quin", 0, 0);
    b.type(CARE).contact("Fenna", "GGz", "Els").contact("Anna", "GGz", "Els");
    return b.build();
  }

  public static Survey year2024() {
    TestSurveys.Builder b = TestSurveys.builder().type(WORK);
    trio(b, "MTW", "Kees", "Kees", "Kees", 3, 0);
    b.type(CWI);
    trio(b, "CWI", "Jan", "Piet", "Mia", 0, 3);
    b.type(FINANCE).contact("Dirk", "GeldZorg", "Ria").contact("Dirk", "GeldZorg", "Sam").contact("Dirk", "GeldZorg", "Tom");
    b.type(CWI);
    trio(b, "SVB", "Olga", "Olga", "Olga", 0, 0);
    b.type(WORK).contact("Eva", "Kliq", "Sara");
    b.type(CARE).contact("Anna", "GGz", "Els");
    return b.build();
  }

  /** Anna, Bert and Cees each to one person, with the given intensity and trust (0 = none). */
  private static void trio(
      TestSurveys.Builder b, String organisation, String first, String second, String third, int intensity, int trust) {
    b.contact("Anna", organisation, first, intensity, 0, 0, 0, 0, 0, trust);
    b.contact("Bert", organisation, second, intensity, 0, 0, 0, 0, 0, trust);
    b.contact("Cees", organisation, third, intensity, 0, 0, 0, 0, 0, trust);
  }

  private static void alfacollege(TestSurveys.Builder b) {
    b.contact("Bert", "Alfacollege", "Wim").contact("Bert", "Alfacollege", "Xia").contact("Bert", "Alfacollege", "Yara");
  }

  public static List<SurveyYear> analysed() {
    List<Survey> surveys = years();
    return List.of(
        SurveyYear.analyse("2022", 2022, surveys.get(0), FragilityAnalysis.Thresholds.DEFAULTS),
        SurveyYear.analyse("2023", 2023, surveys.get(1), FragilityAnalysis.Thresholds.DEFAULTS),
        SurveyYear.analyse("2024", 2024, surveys.get(2), FragilityAnalysis.Thresholds.DEFAULTS));
  }
}
