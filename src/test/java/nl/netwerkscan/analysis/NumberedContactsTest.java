package nl.netwerkscan.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.netwerkscan.model.Interner;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import nl.netwerkscan.model.Unit;
import org.junit.jupiter.api.Test;

class NumberedContactsTest {
  /** Two units whose rows alternate, sharing an organisation and a person. */
  private static Survey twoUnits() {
    return TestSurveys.builder()
        .unit("Noord")
        .contact("Anna", "Werkplein", "Piet", 3)
        .unit("Zuid")
        .contact("Bert", "Schuldhulp", "Karin", 4)
        .contact("Bert", "Werkplein", null, 2)
        .contact("Anna", "Schuldhulp", "Karin", 5)
        .contact("Bert", "Werkplein", "Piet", 1)
        .unit("Noord")
        .contact("Cor", "Kinderopvang", "Lies", 3)
        .build();
  }

  @Test
  void aUnitsPartIsNumberedInItsOwnOrderOfFirstMention() {
    Survey survey = twoUnits();
    NumberedContacts whole = NumberedContacts.of(survey);
    Map<Unit, int[]> rows = whole.rowsByUnit();
    Unit zuid = survey.units().get(1);
    Survey own = survey.byUnit().get(zuid);

    assertArrayEquals(new int[] {1, 2, 4}, rows.get(zuid));
    NumberedContacts part = whole.part(own.contacts(), rows.get(zuid));
    // Zuid's rows: Bert-Schuldhulp-Karin, Bert-Werkplein-unnamed, Bert-Werkplein-Piet
    assertArrayEquals(new int[] {0, 1, 1}, part.organisationOf);
    assertArrayEquals(new int[] {0, 0, 0}, part.staffOf);
    assertArrayEquals(new int[] {0, -1, 1}, part.personOf);
    assertEquals(List.of("Schuldhulp", "Werkplein"), names(part.organisations).stream().toList());
  }

  @Test
  void everyUnitsPartEqualsNumberingItsRowsAfresh() {
    Survey survey = twoUnits();
    NumberedContacts whole = NumberedContacts.of(survey);
    Map<Unit, int[]> rows = whole.rowsByUnit();
    assertEquals(2, rows.size());
    for (Map.Entry<Unit, Survey> unit : survey.byUnit().entrySet()) {
      Survey own = unit.getValue();
      NumberedContacts part = whole.part(own.contacts(), rows.get(unit.getKey()));
      NumberedContacts afresh = NumberedContacts.of(own);
      assertArrayEquals(afresh.organisationOf, part.organisationOf);
      assertArrayEquals(afresh.staffOf, part.staffOf);
      assertArrayEquals(afresh.personOf, part.personOf);
      assertEquals(values(afresh.organisations), values(part.organisations));
      assertEquals(values(afresh.respondents), values(part.respondents));
      assertEquals(values(afresh.people), values(part.people));
      // a derived interner still gives the number of a value it holds
      assertEquals(afresh.people.size() - 1, part.people.id(afresh.people.value(afresh.people.size() - 1)));
    }
  }

  private static <T> List<T> values(Interner<T> interner) {
    List<T> values = new ArrayList<>();
    for (int i = 0; i < interner.size(); i++) {
      values.add(interner.value(i));
    }
    return values;
  }

  private static List<String> names(Interner<nl.netwerkscan.model.Organisation> organisations) {
    return values(organisations).stream().map(nl.netwerkscan.model.Organisation::name).toList();
  }
}
