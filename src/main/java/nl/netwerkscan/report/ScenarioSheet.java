package nl.netwerkscan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.netwerkscan.analysis.Carrier;
import nl.netwerkscan.analysis.LeaveScenario;
import nl.netwerkscan.text.Messages;

/**
 * Sheet Scenario (only with {@code --leave}): what the departure of exactly the given people
 * does, one row per organisation where someone leaves: Organisatie | Soort | Gevolg | Vertrekkers
 * | Veerkracht voor | Veerkracht na | Contacten | Contacten weg. First the organisations that lose
 * all contact, then those whose resilience drops, then those that only lose contacts, so the
 * column Contacten weg adds up to all contacts that disappear. Names that matched nobody are
 * not records of this table; the command line reports them.
 */
final class ScenarioSheet {
  private ScenarioSheet() {}

  static void write(ReportWorkbook book, LeaveScenario.Result scenario) {
    Messages messages = book.messages();
    TableSheet sheet =
        book.table(
            "sheet.scenario",
            "scenario.organisation",
            "scenario.type",
            "scenario.effect",
            "scenario.leaving",
            "scenario.resilience.before",
            "scenario.resilience.after",
            "scenario.contacts",
            "scenario.contacts.lost");
    for (LeaveScenario.Change change : scenario.changes()) {
      sheet
          .row()
          .text(change.organisation().name())
          .text(messages.label(change.organisation().type()))
          .text(messages.get("scenario.effect." + change.effect().name().toLowerCase(Locale.ROOT).replace('_', '.')))
          .text(leaving(messages, change.leaving()))
          .integer(change.resilienceBefore())
          .integer(change.resilienceAfter())
          .integer(change.contactsBefore())
          .integer(change.contactsLost());
    }
    sheet.finish();
  }

  /** "Anna (intern), Jansen (extern)". */
  private static String leaving(Messages messages, List<Carrier> leaving) {
    List<String> names = new ArrayList<>();
    for (Carrier person : leaving) {
      names.add(
          messages.get(
              "scenario.leaving.person",
              person.name().orElseThrow(),
              FragileContactsSheet.side(messages, person.side())));
    }
    return String.join("; ", names);
  }
}
