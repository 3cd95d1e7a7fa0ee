package nl.netwerkscan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.netwerkscan.analysis.CriticalDependencyAnalysis;
import nl.netwerkscan.analysis.CriticalDependencyAnalysis.Reason;
import nl.netwerkscan.text.Messages;

/**
 * Sheet Kritieke afhankelijkheden / Critical dependencies (issue 3): Organisatie | Soort |
 * Afhankelijkheid | Betrouwbaarheid | Vertrouwen | Risico | Veerkracht | Contacten | Reden, the
 * means as numbers with two decimals (empty where nobody answered), the reasons in words.
 */
final class CriticalDependenciesSheet {
  private CriticalDependenciesSheet() {}

  static void write(ReportWorkbook book, CriticalDependencyAnalysis.Result critical) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.critical",
            "critical.organisation",
            "critical.type",
            "critical.dependency",
            "critical.reliability",
            "critical.trust",
            "critical.risk",
            "critical.resilience",
            "critical.contacts",
            "critical.reasons");
    for (CriticalDependencyAnalysis.Row row : critical.rows()) {
      sheet
          .row()
          .text(row.organisation().name())
          .text(messages.label(row.organisation().type()))
          .decimal(java.util.OptionalDouble.of(row.meanDependency()), row.dependencyAnswers())
          .decimal(row.meanReliability(), row.reliabilityAnswers())
          .decimal(row.meanTrust(), row.trustAnswers())
          .risk(FragileContactsSheet.risk(messages, row.risk()), row.risk())
          .integer(row.resilience())
          .integer(row.contacts())
          .text(reasons(messages, row));
    }
    sheet.finish();
  }

  private static String reasons(Messages messages, CriticalDependencyAnalysis.Row row) {
    List<String> texts = new ArrayList<>();
    for (Reason reason : row.reasons()) {
      texts.add(messages.get("critical.reason." + reason.name().toLowerCase(Locale.ROOT).replace('_', '.')));
    }
    return String.join("; ", texts);
  }
}
