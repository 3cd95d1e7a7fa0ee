package nl.netwerkscan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.netwerkscan.analysis.ActionPlanAnalysis.Action;
import nl.netwerkscan.analysis.Carrier;
import nl.netwerkscan.analysis.Side;
import nl.netwerkscan.analysis.ActionPlanAnalysis.Kind;
import nl.netwerkscan.analysis.HandoverAnalysis.Handover;
import nl.netwerkscan.analysis.OrganisationTrendAnalysis;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.text.Messages;

/**
 * The words of an action and of a handover, made once here so that the Acties and Overdracht
 * sheets, the slides and the terminal say the same thing.
 */
public final class ActionTexts {
  private final Messages messages;

  public ActionTexts(Messages messages) {
    this.messages = messages;
  }

  /** What to do, as an imperative: "Vraag Jansen een tweede contactpersoon te introduceren". */
  public String action(Action action) {
    String organisation = action.relation().organisation().name();
    return switch (action.kind()) {
      case ASK_SECOND_PERSON -> messages.get(key("action.", action.kind()), personName(action));
      case INTRODUCE_COLLEAGUE -> messages.get(key("action.", action.kind()), action.who().name());
      case ASK_NAMED_PERSON -> messages.get(key("action.", action.kind()), organisation);
      case SPREAD_CONTACT -> messages.get(key("action.", action.kind()), personName(action), organisation);
    };
  }

  /** With whom: their person, or the suggested colleagues; empty when the action names nobody. */
  public String withWhom(Action action) {
    if (action.kind() == Kind.INTRODUCE_COLLEAGUE) {
      List<String> names = action.colleagues().stream().map(Respondent::name).toList();
      return names.size() == 2 ? messages.get("actions.colleagues.two", names.get(0), names.get(1)) : String.join("", names);
    }
    return action.person().map(ContactPerson::name).orElse("");
  }

  /** Why, in one sentence a manager can read aloud. */
  public String why(Action action) {
    int contacts = action.relation().figures().contacts();
    String organisation = action.relation().organisation().name();
    return switch (action.kind()) {
      case ASK_SECOND_PERSON -> messages.get(key("action.why.", action.kind()), contacts, organisation, personName(action));
      case INTRODUCE_COLLEAGUE ->
          messages.get(
              key("action.why.", action.kind()) + (action.colleagues().isEmpty() ? ".nobody" : ""),
              contacts, organisation, action.who().name());
      case ASK_NAMED_PERSON -> messages.get(key("action.why.", action.kind()), contacts, organisation);
      case SPREAD_CONTACT ->
          messages.get(key("action.why.", action.kind()), contacts, organisation, personName(action), action.relation().share());
    };
  }

  /** Whom the leaver knew there (staff), or who knew the leaver (external). */
  public String knows(Handover handover) {
    List<String> names =
        handover.knownPersons().isEmpty()
            ? handover.colleagues().stream().map(Respondent::name).toList()
            : handover.knownPersons().stream().map(ContactPerson::name).toList();
    return String.join(", ", names);
  }

  /** Why the successor, or what to ask the organisation. */
  public String reason(Handover handover) {
    String organisation = handover.organisation().name();
    return switch (handover.basis()) {
      case KNOWS_ORGANISATION ->
          messages.get("handover.reason.knows", successor(handover), handover.successorContacts(), organisation);
      case SUGGESTED -> {
        Respondent successor = handover.successor().orElseThrow();
        yield messages.get(
            "handover.reason.suggested", successor.name(), organisation, messages.label(successor.function()),
            handover.successorContactsOfType(), messages.label(handover.organisation().type()));
      }
      case NOBODY_AVAILABLE -> messages.get("handover.reason.nobody", organisation);
      case ASK_SUCCESSOR ->
          handover.colleagues().isEmpty()
              ? messages.get("handover.reason.ask.successor.nobody", organisation, leaverName(handover))
              : messages.get(
                  "handover.reason.ask.successor", organisation, leaverName(handover),
                  String.join(", ", handover.colleagues().stream().map(Respondent::name).toList()),
                  handover.colleagues().size());
    };
  }

  /** The successor's name, empty when there is none. */
  public String successor(Handover handover) {
    return handover.successor().map(Respondent::name).orElse("");
  }

  private static String leaverName(Handover handover) {
    return handover.leaving().name().orElseThrow();
  }

  private static String personName(Action action) {
    return action.person().orElseThrow().name();
  }

  private static String key(String prefix, Kind kind) {
    return prefix + kind.name().toLowerCase(Locale.ROOT).replace('_', '.');
  }

  /** One sentence per carrier: who holds the relation, and on which side. */
  public String carriers(List<Carrier> carriers) {
    List<String> sentences = new ArrayList<>();
    for (Carrier carrier : carriers) {
      if (carrier.isUnnamed()) {
        sentences.add(messages.get("fragile.carrier.unnamed"));
      } else if (carrier.side() == Side.INTERNAL) {
        sentences.add(messages.get("fragile.carrier.internal", carrier.name().orElseThrow()));
      } else {
        sentences.add(messages.get("fragile.carrier.external", carrier.name().orElseThrow()));
      }
    }
    return String.join(" ", sentences);
  }

  /** The carriers' names with their side, short enough for a list: "Kees (extern)". */
  public String carrierNames(List<Carrier> carriers) {
    List<String> names = new ArrayList<>();
    for (Carrier carrier : carriers) {
      names.add(
          carrier.isUnnamed()
              ? messages.get("carrier.unnamed")
              : messages.get(
                  "carrier.named", carrier.name().orElseThrow(),
                  messages.get("side." + carrier.side().name().toLowerCase(Locale.ROOT))));
    }
    return String.join(", ", names);
  }

  /** The name of an organisation's pattern over the years: "blijvend kwetsbaar". */
  public String pattern(OrganisationTrendAnalysis.Pattern pattern) {
    return messages.get("trend.pattern." + pattern.name().toLowerCase(Locale.ROOT).replace('_', '.'));
  }
}
