package nl.netwerkscan.report.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.OrganisationType.BuiltIn;
import nl.netwerkscan.report.diagram.FragileRelation.Carrier;
import nl.netwerkscan.report.diagram.FragileRelation.Mention;

/** Diagram inputs shaped like the Groningen study's survey, from a fixed seed. */
final class SampleInputs {
  private SampleInputs() {}

  static final String[] STUDY = {
    "CWI", "CWI", "WeerWerk", "WORK", "MJD", "CARE", "GGz", "CARE", "WPG", "WORK", "Kliq", "WORK",
    "Kinderopvang Humanitas", "CHILDCARE", "PEP", "WORK", "SBK", "FINANCE", "Stiel", "WORK",
    "A. Caldergroep", "WORK", "MTW (Museum Technische Werken)", "WORK", "GeldZorg", "FINANCE",
    "AVG", "WORK", "Alfacollege", "EDUCATION", "Prové", "WORK"
  };

  static OrganisationType type(String name) {
    return OrganisationType.of(BuiltIn.valueOf(name));
  }

  /** About {@code count} organisations of every type with about 430 contacts for 90. */
  static List<OrganisationFigure> organisations(int count, long seed) {
    Random random = new Random(seed);
    List<OrganisationFigure> list = new ArrayList<>();
    int[] contacts = {34, 44, 17, 18, 22, 24, 19, 11, 11, 9, 9, 3, 6, 5, 5, 2};
    int[] staff = {20, 15, 15, 15, 14, 11, 11, 11, 10, 9, 9, 3, 6, 5, 5, 2};
    for (int i = 0; i < STUDY.length / 2 && list.size() < count; i++) {
      RiskLevel risk = switch (STUDY[2 * i]) {
        case "MTW (Museum Technische Werken)", "GeldZorg", "Alfacollege" -> RiskLevel.HIGH;
        case "SBK", "GGz" -> RiskLevel.MEDIUM;
        default -> RiskLevel.LOW;
      };
      list.add(new OrganisationFigure(STUDY[2 * i], type(STUDY[2 * i + 1]), contacts[i], staff[i], risk));
    }
    String[][] names = {
      {"WORK", "Re-integratiebedrijf"}, {"CARE", "Zorggroep"}, {"FINANCE", "Belastingkantoor"},
      {"EDUCATION", "ROC"}, {"HOUSING", "Woningcorporatie"}, {"ENABLING", "Gemeenteraad commissie"},
      {"CHILDCARE", "Kinderdagverblijf"}, {"UNKNOWN", "Stichting"}, {"CARE", "Verslavingszorg"},
      {"WORK", "Werkleerbedrijf"}, {"CARE", "Schuldhulp"}, {"ENABLING", "Provincie afdeling"}
    };
    for (int i = 0; list.size() < count; i++) {
      String[] kind = names[i % names.length];
      int n = 1 + (int) Math.round(Math.abs(random.nextGaussian()) * 4);
      int s = 1 + random.nextInt(n);
      RiskLevel risk = n >= 3 && random.nextInt(6) == 0 ? RiskLevel.HIGH
          : n >= 3 && random.nextInt(5) == 0 ? RiskLevel.MEDIUM : RiskLevel.LOW;
      list.add(new OrganisationFigure(kind[1] + " " + (char) ('A' + i % 26) + (i / 26 + 1), type(kind[0]), n, s, risk));
    }
    return list;
  }

  static List<TypeDistances> distances() {
    return List.of(
        TypeDistances.of(type("CWI"), 0.18, 0.10, 0.12, 0.20, 0.22, 0.25, 0.18, 0.19),
        TypeDistances.of(type("WORK"), 0.33, 0.25, 0.30, 0.35, 0.30, 0.38, 0.36, 0.37),
        TypeDistances.of(type("EDUCATION"), 0.62, 0.75, 0.60, 0.70, 0.55, 0.50, 0.60, 0.65),
        TypeDistances.of(type("CHILDCARE"), 0.45, 0.50, 0.40, 0.45, 0.40, 0.50, 0.45, 0.45),
        TypeDistances.of(type("CARE"), 0.38, 0.45, 0.35, 0.40, 0.35, 0.30, 0.40, 0.38),
        TypeDistances.of(type("FINANCE"), 0.48, 0.55, 0.45, 0.40, 0.50, 0.45, 0.50, 0.52),
        TypeDistances.of(type("HOUSING"), 0.55, 0.70, 0.50, 0.60, 0.50, 0.45, 0.55, 0.55),
        TypeDistances.of(type("ENABLING"), 0.52, 0.80, 0.55, 0.65, 0.60, 0.20, 0.25, 0.60),
        TypeDistances.of(type("UNKNOWN"), 0.50, 0.50, Double.NaN, 0.50, 0.50, 0.50, 0.50, 0.50));
  }

  static FragileRelation mtw() {
    return new FragileRelation(
        "MTW (Museum Technische Werken)", type("WORK"),
        List.of("Anna de Vries", "Bert Jansen", "Carla Bakker", "Dirk Visser", "Els Smit",
            "Frank Meijer", "Gerda de Boer", "Hans Mulder"),
        List.of(Optional.of("Piet Hoekstra")),
        List.of(new Mention(0, 0, 2), new Mention(1, 0, 1), new Mention(2, 0, 1), new Mention(3, 0, 3),
            new Mention(4, 0, 1), new Mention(5, 0, 1), new Mention(6, 0, 1), new Mention(7, 0, 1)),
        List.of(new Carrier(false, 0)));
  }

  static FragileRelation geldZorg() {
    return new FragileRelation(
        "GeldZorg", type("FINANCE"),
        List.of("Karin Bos"),
        List.of(Optional.of("Marleen Kok"), Optional.of("Jeroen Dijkstra"), Optional.empty()),
        List.of(new Mention(0, 0, 3), new Mention(0, 1, 2), new Mention(0, 2, 1)),
        List.of(new Carrier(true, 0)));
  }

  static DiagramInput study(int organisations) {
    return new DiagramInput("Sociale Dienst Groningen", OptionalInt.of(2024),
        organisations(organisations, 42), distances(), List.of(mtw(), geldZorg()));
  }
}
