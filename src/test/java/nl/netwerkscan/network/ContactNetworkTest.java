package nl.netwerkscan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class ContactNetworkTest {

  @Test
  void unnamedMentionsShareOneNodePerOrganisation() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "GGz", null)
            .contact("Bert", "GGz", null)
            .contact("Anna", "MJD", null)
            .build();
    ContactNetwork network = ContactNetwork.of(survey, "Sociale Dienst");

    // home + 2 staff + 2 unnamed person nodes + 2 organisations
    assertEquals(7, network.graph().vertexSet().size());
    OrganisationNode ggz = network.organisations().get(0);
    List<PersonNode> persons = network.personsAt(ggz);
    assertEquals(1, persons.size());
    assertTrue(persons.get(0).isUnnamed());
    assertEquals(2, network.staffOf(persons.get(0)).size());
  }

  @Test
  void repeatedMentionsAddUpOnOneLinkWithMeanAnswers() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "CWI", "Jan", 5, 4, 0, 0, 0, 0, 0)
            .contact("Anna", "CWI", "Jan", 3, 0, 0, 0, 0, 0, 0)
            .build();
    ContactNetwork network = ContactNetwork.of(survey, "Sociale Dienst");

    PersonNode jan = network.personsAt(network.organisations().get(0)).get(0);
    Link link = network.staffOf(jan).values().iterator().next();
    assertEquals(2, link.mentions());
    assertEquals(4.0, link.meanAnswer(Aspect.INTENSITY).getAsDouble());
    assertEquals(4.0, link.meanAnswer(Aspect.IMPORTANCE).getAsDouble());
    assertTrue(link.meanAnswer(Aspect.TRUST).isEmpty());
    // home–staff, staff–person, person–organisation
    assertEquals(3, network.graph().edgeSet().size());
  }

  @Test
  void aLinkMentionedOnceHasThatMentionsAnswersAsItsMeans() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "CWI", "Jan", 2, 0, 0, 0, 0, 0, 5)
            .contact("Bert", "CWI", "Jan", 0, 0, 0, 0, 0, 0, 0)
            .build();
    ContactNetwork network = ContactNetwork.of(survey, "Sociale Dienst");

    PersonNode jan = network.personsAt(network.organisations().get(0)).get(0);
    List<Link> links = List.copyOf(network.staffOf(jan).values());
    assertEquals(1, links.get(0).mentions());
    assertEquals(2.0, links.get(0).meanAnswer(Aspect.INTENSITY).getAsDouble());
    assertEquals(5.0, links.get(0).meanAnswer(Aspect.TRUST).getAsDouble());
    assertTrue(links.get(0).meanAnswer(Aspect.IMPORTANCE).isEmpty());
    assertEquals(1, links.get(1).mentions());
    for (Aspect aspect : Aspect.values()) {
      assertTrue(links.get(1).meanAnswer(aspect).isEmpty());
    }
  }

  @Test
  void samePersonNameAtTwoOrganisationsIsTwoPeople() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "GGz", "J. de Vries")
            .contact("Anna", "MJD", "J. de Vries")
            .build();
    ContactNetwork network = ContactNetwork.of(survey, "Sociale Dienst");

    long people =
        network.graph().vertexSet().stream().filter(n -> n.kind() == NodeKind.PERSON).count();
    assertEquals(2, people);
  }

  @Test
  void aPartHoldsOnlyTheContactsWithTheOrganisationsGiven() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "GGz", "Jan")
            .contact("Bert", "MJD", "Piet")
            .contact("Bert", "GGz", "Jan")
            .contact("Anna", "GGz", "Kees")
            .build();
    ContactNetwork whole = ContactNetwork.of(survey, "Sociale Dienst");
    ContactNetwork part =
        ContactNetwork.of(survey, "Sociale Dienst", Set.of(survey.contacts().get(0).organisation()));

    assertTrue(whole.isWhole());
    assertFalse(part.isWhole());
    // home + Anna, Bert + Jan, Kees + GGz; MJD and Piet are left out
    assertEquals(6, part.graph().vertexSet().size());
    assertEquals(1, part.organisations().size());
    assertEquals(whole.personsAt(whole.organisations().get(0)), part.personsAt(part.organisations().get(0)));
    PersonNode jan = part.personsAt(part.organisations().get(0)).get(0);
    assertEquals(List.of("Anna", "Bert"), part.staffOf(jan).keySet().stream().map(s -> s.respondent().name()).toList());
  }

  @Test
  void aPartListsStaffInTheirOrderInTheWholeSurvey() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "MJD", "Piet")
            .contact("Bert", "GGz", "Jan")
            .contact("Cor", "GGz", "Jan")
            .contact("Anna", "GGz", "Jan")
            .build();
    ContactNetwork part =
        ContactNetwork.of(survey, "Sociale Dienst", Set.of(survey.contacts().get(1).organisation()));

    PersonNode jan = part.personsAt(part.organisations().get(0)).get(0);
    // Anna appears first in the survey (at MJD), so first here too, as in the whole network
    assertEquals(
        List.of("Anna", "Bert", "Cor"), part.staffOf(jan).keySet().stream().map(s -> s.respondent().name()).toList());
  }
}
