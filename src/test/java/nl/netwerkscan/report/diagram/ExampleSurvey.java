package nl.netwerkscan.report.diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.network.OrganisationNode;
import nl.netwerkscan.network.PersonNode;
import nl.netwerkscan.network.StaffNode;

/**
 * Diagram input from surveys/voorbeeld-2024.xlsx. The organisation figures and carriers are a
 * stand-in for the fragility analysis until it lands on main (resilience 1 ⇔ one staff member or
 * one person node covers every link, by König's theorem); distances come from the real analysis.
 */
final class ExampleSurvey {
  private ExampleSurvey() {}

  static DiagramInput read() throws Exception {
    Survey survey = SurveyReader.read(Path.of("surveys/voorbeeld-2024.xlsx"), ImportOptions.defaults());
    ContactNetwork network = ContactNetwork.of(survey, "Sociale Dienst Groningen");
    List<OrganisationFigure> organisations = new ArrayList<>();
    List<FragileRelation> fragile = new ArrayList<>();
    for (OrganisationNode organisation : network.organisations()) {
      Set<StaffNode> staff = new HashSet<>();
      int contacts = 0;
      int mostNamed = 0;
      List<PersonNode> persons = network.personsAt(organisation);
      for (PersonNode person : persons) {
        int mentions = 0;
        for (var link : network.staffOf(person).entrySet()) {
          staff.add(link.getKey());
          mentions += link.getValue().mentions();
        }
        contacts += mentions;
        if (!person.isUnnamed()) {
          mostNamed = Math.max(mostNamed, mentions);
        }
      }
      boolean single = staff.size() == 1 || persons.size() == 1;
      RiskLevel risk = contacts < 3 ? RiskLevel.LOW : single ? RiskLevel.HIGH
          : (double) mostNamed / contacts > 0.5 ? RiskLevel.MEDIUM : RiskLevel.LOW;
      organisations.add(new OrganisationFigure(organisation.organisation().name(),
          organisation.organisation().type(), contacts, staff.size(), risk));
      if (risk == RiskLevel.HIGH) {
        fragile.add(DiagramInputs.relation(network, organisation,
            staff.size() == 1 ? Set.of(staff.iterator().next().respondent()) : Set.of(),
            persons.size() == 1 ? Set.of(persons.get(0)) : Set.of()));
      }
    }
    return new DiagramInput(network.home().name(), OptionalInt.of(2024), organisations,
        DiagramInputs.distances(DistanceAnalysis.of(survey)), fragile);
  }
}
