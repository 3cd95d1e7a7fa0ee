package nl.netwerkscan.report;

import nl.netwerkscan.analysis.ActionPlanAnalysis;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheet 11, Acties / Actions: Prioriteit | Organisatie | Soort | Risico | Veerkracht |
 * Actie | Wie | Met wie | Stappen | Waarom, one row per action in priority order.
 */
final class ActionsSheet {
  private ActionsSheet() {}

  static void write(ReportWorkbook book, ActionPlanAnalysis.Result plan) {
    Messages messages = book.messages();
    ActionTexts texts = new ActionTexts(messages);
    TableSheet sheet =
        book.table(
            "sheet.actions",
            "actions.priority",
            "actions.organisation",
            "actions.type",
            "actions.risk",
            "actions.resilience",
            "actions.action",
            "actions.who",
            "actions.with",
            "actions.steps",
            "actions.why");
    for (ActionPlanAnalysis.Action action : plan.actions()) {
      sheet
          .row()
          .integer(action.priority())
          .text(action.relation().organisation().name())
          .text(messages.label(action.relation().organisation().type()))
          .risk(FragileContactsSheet.risk(messages, action.relation().risk()), action.relation().risk())
          .integer(action.relation().resilience())
          .text(texts.action(action))
          .text(action.who().name())
          .text(texts.withWhom(action))
          .integer(action.steps())
          .text(texts.why(action));
    }
    sheet.finish();
  }
}
