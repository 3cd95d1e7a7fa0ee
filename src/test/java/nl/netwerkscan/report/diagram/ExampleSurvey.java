package nl.netwerkscan.report.diagram;

import java.nio.file.Path;
import java.util.OptionalInt;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.network.ContactNetwork;

/** Diagram input from surveys/voorbeeld-2024.xlsx, through the real analyses and adapter. */
final class ExampleSurvey {
  static final Path FILE = Path.of("surveys/voorbeeld-2024.xlsx");

  private ExampleSurvey() {}

  static DiagramInput read() throws Exception {
    Survey survey = SurveyReader.read(FILE, ImportOptions.defaults());
    ContactNetwork network = ContactNetwork.of(survey, "Sociale Dienst Groningen");
    return DiagramInputs.of(network, FragilityAnalysis.analyse(survey), DistanceAnalysis.of(survey), OptionalInt.of(2024));
  }
}
