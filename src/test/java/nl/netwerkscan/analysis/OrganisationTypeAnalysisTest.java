package nl.netwerkscan.analysis;

import static nl.netwerkscan.model.OrganisationType.BuiltIn.CARE;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.CWI;
import static nl.netwerkscan.model.OrganisationType.BuiltIn.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import org.junit.jupiter.api.Test;

class OrganisationTypeAnalysisTest {

  @Test
  void countsContactsOrganisationsAndRespondentsPerTypeInTypeOrder() {
    Survey survey =
        TestSurveys.builder()
            .type(CARE)
            .contact("Anna", "GGz", "Piet")
            .contact("Anna", "MJD", null)
            .type(CWI)
            .contact("Bert", "CWI", "Jan")
            .contact("Anna", "CWI", "Jan")
            .contact("Anna", "CWI", null)
            .type(WORK)
            .contact("Carla", "WeerWerk", "Els")
            .build();

    OrganisationTypeAnalysis.Result result = OrganisationTypeAnalysis.of(survey);

    // 6 used rows. CWI: 3 rows (1/2), 1 organisation, Anna and Bert. Work: 1 (1/6), 1, Carla.
    // Care: 2 rows (1/3), GGz and MJD, Anna only. Type order: CWI, Work, Care.
    assertEquals(6, result.contacts());
    assertEquals(
        List.of(
            new OrganisationTypeAnalysis.Row(OrganisationType.of(CWI), 3, 0.5, 1, 2),
            new OrganisationTypeAnalysis.Row(OrganisationType.of(WORK), 1, 1.0 / 6, 1, 1),
            new OrganisationTypeAnalysis.Row(OrganisationType.of(CARE), 2, 1.0 / 3, 2, 1)),
        result.rows());
  }

  @Test
  void customTypesFollowBuiltInOnesAndUnknownComesLast() {
    Survey survey =
        TestSurveys.builder()
            .contact("Anna", "Nergens", null) // type Unknown
            .type(CWI)
            .contact("Anna", "CWI", null)
            .build();
    List<OrganisationType> types =
        OrganisationTypeAnalysis.of(survey).rows().stream()
            .map(OrganisationTypeAnalysis.Row::type)
            .toList();
    assertEquals(List.of(OrganisationType.of(CWI), OrganisationType.UNKNOWN), types);
    assertTrue(Orders.TYPES.compare(OrganisationType.custom("Sport"), OrganisationType.UNKNOWN) < 0);
    assertTrue(Orders.TYPES.compare(OrganisationType.of(CWI), OrganisationType.custom("Sport")) < 0);
  }

  @Test
  void emptySurveyHasNoRows() {
    OrganisationTypeAnalysis.Result result =
        OrganisationTypeAnalysis.of(TestSurveys.builder().build());
    assertEquals(0, result.contacts());
    assertTrue(result.rows().isEmpty());
  }
}
