package nl.netwerkscan.report.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.report.diagram.NetworkLayout.Node;

/**
 * Which organisations the change diagram draws one by one. Up to {@link NetworkLayout#MAX_SHOWN}
 * all of them; beyond that first every new, gone and weaker one (the changes a manager must act
 * on, up to {@link #MAX_ALWAYS}), then the stronger ones, then the unchanged ones, each by
 * contacts; the rest is gathered into one node per type and change (a group of one stays itself).
 */
final class ChangeSelection {
  static final int MAX_ALWAYS = 100;

  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, ChangeKind> changes = new HashMap<>();

  /** The text of a gathered node, e.g. "overige Zorg, gelijk (23)". */
  interface GatheredLabel {
    String of(OrganisationType type, ChangeKind change, int count);
  }

  ChangeSelection(List<ChangeFigure> organisations, GatheredLabel label) {
    List<ChangeFigure> sorted = new ArrayList<>(organisations);
    sorted.sort(
        Comparator.comparingInt((ChangeFigure o) -> urgency(o.change()))
            .thenComparing(Comparator.comparingInt(ChangeFigure::contacts).reversed())
            .thenComparing(ChangeFigure::name));
    int shown = sorted.size();
    if (shown > NetworkLayout.MAX_SHOWN) {
      long urgent = sorted.stream().filter(o -> urgency(o.change()) == 0).count();
      shown = (int) Math.max(NetworkLayout.MAX_SHOWN, Math.min(urgent, MAX_ALWAYS));
    }
    sorted.subList(0, shown).forEach(o -> add(o.name(), o.type(), o.contacts(), o.staff(), 0, o.change()));
    Map<List<Object>, List<ChangeFigure>> rest = new LinkedHashMap<>();
    for (ChangeFigure o : sorted.subList(shown, sorted.size())) {
      rest.computeIfAbsent(List.of(o.type(), o.change()), k -> new ArrayList<>()).add(o);
    }
    for (List<ChangeFigure> group : rest.values()) {
      ChangeFigure first = group.get(0);
      if (group.size() == 1) {
        add(first.name(), first.type(), first.contacts(), first.staff(), 0, first.change());
      } else {
        int contacts = group.stream().mapToInt(ChangeFigure::contacts).sum();
        add(label.of(first.type(), first.change(), group.size()), first.type(), contacts, 0, group.size(), first.change());
      }
    }
  }

  /** 0 for the changes that are always drawn, then stronger, then unchanged. */
  private static int urgency(ChangeKind change) {
    return switch (change) {
      case NEW, GONE, WEAKER -> 0;
      case STRONGER -> 1;
      case SAME -> 2;
    };
  }

  private void add(String label, OrganisationType type, int contacts, int staff, int gathered, ChangeKind change) {
    nodes.add(new Node(label, type, contacts, staff, RiskLevel.LOW, gathered, 0, 0, 0, 0));
    changes.put(key(label, gathered > 0), change);
  }

  /** The nodes to place, organisations and gathered groups. */
  List<Node> nodes() {
    return List.copyOf(nodes);
  }

  /** The change of a node, also after {@link NetworkLayout#place} has made a placed copy of it. */
  ChangeKind change(Node node) {
    return changes.get(key(node.label(), node.isGathered()));
  }

  /** Organisation names are unique in a comparison (matched by key); a gathered label may echo one. */
  private static String key(String label, boolean gathered) {
    return (gathered ? "gathered:" : "organisation:") + label;
  }
}
