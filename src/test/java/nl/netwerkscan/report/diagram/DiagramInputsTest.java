package nl.netwerkscan.report.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.netwerkscan.analysis.FragilityAnalysis;
import java.util.Set;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.OrganisationType.BuiltIn;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.network.OrganisationNode;
import nl.netwerkscan.network.PersonNode;
import nl.netwerkscan.report.diagram.FragileRelation.Carrier;
import nl.netwerkscan.report.diagram.FragileRelation.Mention;
import org.junit.jupiter.api.Test;

class DiagramInputsTest {
  private static final Survey SURVEY =
      TestSurveys.builder()
          .type(BuiltIn.WORK)
          .contact("Anna", "MTW", "Piet", 5, 4, 0, 0, 0, 0, 0)
          .contact("Anna", "MTW", "Piet", 3, 0, 0, 0, 0, 0, 0)
          .contact("Bert", "MTW", "Piet", 1, 0, 0, 0, 0, 0, 0)
          .type(BuiltIn.CARE)
          .contact("Bert", "GGz", null, 5, 5, 5, 5, 5, 5, 5)
          .build();

  @Test
  void theFullInputComesFromTheAnalyses() {
    Survey survey =
        TestSurveys.builder()
            .type(BuiltIn.WORK)
            .contact("Anna", "MTW", "Piet", 5, 4, 0, 0, 0, 0, 0)
            .contact("Bert", "MTW", "Piet", 3, 0, 0, 0, 0, 0, 0)
            .contact("Carla", "MTW", "Piet", 1, 0, 0, 0, 0, 0, 0)
            .type(BuiltIn.CARE)
            .contact("Anna", "GGz", "Jan", 5, 5, 5, 5, 5, 5, 5)
            .contact("Bert", "GGz", "Kees", 5, 5, 5, 5, 5, 5, 5)
            .build();
    ContactNetwork network = ContactNetwork.of(survey, "Dienst");

    DiagramInput input =
        DiagramInputs.of(network, FragilityAnalysis.analyse(survey), DistanceAnalysis.of(survey), OptionalInt.of(2024));

    assertEquals("Dienst", input.home());
    assertEquals(OptionalInt.of(2024), input.year());
    assertEquals(
        List.of(new OrganisationFigure("MTW", OrganisationType.of(BuiltIn.WORK), 3, 3, RiskLevel.HIGH),
            new OrganisationFigure("GGz", OrganisationType.of(BuiltIn.CARE), 2, 2, RiskLevel.LOW)),
        input.organisations());
    assertEquals(1, input.fragileRelations().size());
    FragileRelation mtw = input.fragileRelations().get(0);
    assertEquals(List.of("Anna", "Bert", "Carla"), mtw.staff());
    assertEquals(List.of(new Carrier(false, 0)), mtw.carriers());
    assertEquals(2, input.distances().size());
  }

  @Test
  void distancesAreCopiedPerTypeWithoutTheAllRow() {
    List<TypeDistances> distances = DiagramInputs.distances(DistanceAnalysis.of(SURVEY));

    assertEquals(2, distances.size());
    TypeDistances work = distances.stream()
        .filter(d -> d.type().equals(OrganisationType.of(BuiltIn.WORK))).findFirst().orElseThrow();
    assertEquals(OptionalDouble.of((5 - 3.0) / 4), work.distance(Aspect.INTENSITY));
    assertEquals(OptionalDouble.of(0.25), work.distance(Aspect.IMPORTANCE));
    assertEquals(OptionalDouble.empty(), work.distance(Aspect.TRUST));
  }

  @Test
  void aRelationHasEveryStaffMemberPersonAndMentionOfTheOrganisation() {
    ContactNetwork network = ContactNetwork.of(SURVEY, "Dienst");
    OrganisationNode mtw = network.organisations().get(0);
    PersonNode piet = network.personsAt(mtw).get(0);

    FragileRelation relation = DiagramInputs.relation(network, mtw, Set.of(), Set.of(piet));

    assertEquals("MTW", relation.organisation());
    assertEquals(List.of("Anna", "Bert"), relation.staff());
    assertEquals(List.of(Optional.of("Piet")), relation.persons());
    assertEquals(List.of(new Mention(0, 0, 2), new Mention(1, 0, 1)), relation.mentions());
    assertEquals(List.of(new Carrier(false, 0)), relation.carriers());
  }

  @Test
  void unnamedMentionsAreOneNodeWithoutAName() {
    ContactNetwork network = ContactNetwork.of(SURVEY, "Dienst");
    OrganisationNode ggz = network.organisations().get(1);
    FragileRelation relation =
        DiagramInputs.relation(network, ggz, Set.of(SURVEY.respondents().get(1)), Set.of());

    assertEquals(List.of(Optional.empty()), relation.persons());
    assertEquals(List.of(new Carrier(true, 0)), relation.carriers());
  }
}
