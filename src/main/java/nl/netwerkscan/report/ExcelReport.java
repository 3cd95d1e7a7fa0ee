package nl.netwerkscan.report;

import java.io.IOException;
import java.nio.file.Path;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.text.Messages;

/**
 * Writes rapport.xlsx: the sheets of report-contract.md in its order, each from one analysis
 * result. This class only arranges; the figures come from the analysis package.
 */
public final class ExcelReport {
  private ExcelReport() {}

  public static void write(Path file, ReportContent content, Messages messages) throws IOException {
    try (ReportWorkbook book = new ReportWorkbook(messages)) {
      Survey survey = content.survey();
      SummarySheet.write(book, content.summary(), content.fragility().highRisk().size(), content.headlines());
      OrganisationTypesSheet.write(book, content.organisationTypes());
      FunctionGroupsSheet.write(book, content.functionGroups());
      AspectsSheet.write(book, content.aspects());
      DistancesSheet.write(book, content.distances());
      DistancesSheet.write(book, content.groupDistances());
      InHouseSheet.write(book, content.inHouse());
      FragileContactsSheet.write(book, content.fragility());
      DeparturesSheet.write(book, content.departures());
      content.leave().ifPresent(scenario -> ScenarioSheet.write(book, scenario));
      ResponseSheet.write(book, content.response());
      CriticalDependenciesSheet.write(book, content.critical());
      ActionsSheet.write(book, content.actions());
      StaffSheet.write(book, content.staff());
      content.handover().ifPresent(handover -> HandoverSheet.write(book, handover));
      content.units().ifPresent(units -> UnitsSheet.write(book, units));
      ProblemsSheet.write(book, survey);
      book.save(file);
    }
  }
}
