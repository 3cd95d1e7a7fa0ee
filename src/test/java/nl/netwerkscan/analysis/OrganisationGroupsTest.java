package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.network.LinkKind;
import org.junit.jupiter.api.Test;

class OrganisationGroupsTest {

  @Test
  void linksCountEachStaffPersonPairOnceWithTheUnnamedNodeAsAPerson() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "GGz", "Jan")
            .contact("Anna", "GGz", "Jan")
            .contact("Bert", "GGz", "Jan")
            .contact("Anna", "GGz", null)
            .contact("Anna", "MJD", null)
            .contact("Bert", "MJD", "Piet")
            .build();

    // Anna–Jan, Bert–Jan, Anna–unnamed at GGz, Anna–unnamed at MJD, Bert–Piet
    assertEquals(5, OrganisationGroups.of(survey).links());
    assertEquals(
        5,
        ContactNetwork.of(survey, "Sociale Dienst").graph().edgeSet().stream()
            .filter(link -> link.kind() == LinkKind.STAFF_PERSON)
            .count());
  }
}
