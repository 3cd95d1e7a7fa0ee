package nl.netwerkscan.report;

import nl.netwerkscan.analysis.HandoverAnalysis;
import nl.netwerkscan.text.Messages;

/**
 * Contract sheet 13, Overdracht / Handover (only with {@code --leave}): Vertrekt | Kant |
 * Organisatie | Contacten | Kent daar | Opvolger | Reden, one row per leaving person and
 * organisation. Names that matched nobody have no row here; the terminal names them, as for
 * the Scenario sheet.
 */
final class HandoverSheet {
  private HandoverSheet() {}

  static void write(ReportWorkbook book, HandoverAnalysis.Result handover) {
    Messages messages = book.messages();
    ActionTexts texts = new ActionTexts(messages);
    TableSheet sheet =
        book.table(
            "sheet.handover",
            "handover.leaving",
            "handover.side",
            "handover.organisation",
            "handover.contacts",
            "handover.knows",
            "handover.successor",
            "handover.reason");
    for (HandoverAnalysis.Handover row : handover.handovers()) {
      sheet
          .row()
          .text(row.leaving().name().orElseThrow())
          .text(FragileContactsSheet.side(messages, row.leaving().side()))
          .text(row.organisation().name())
          .integer(row.contacts())
          .text(texts.knows(row))
          .text(texts.successor(row))
          .text(texts.reason(row));
    }
    sheet.finish();
  }
}
