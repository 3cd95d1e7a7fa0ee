package nl.netwerkscan.report.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.netwerkscan.model.OrganisationType;

/**
 * Where the network diagram puts its organisations: a radial layout by type sectors, computed
 * here rather than by a force layout. The picture is a star (every line runs from us to one
 * partner), so a spring layout has no structure to find and would only scatter the partners; in
 * sectors each type forms one block of colour, always in the same direction (the type order of
 * the study, clockwise from the top, as in the distance figure), so next year's picture reads
 * the same way. Deterministic by construction.
 *
 * <p>Beyond {@link #MAX_SHOWN} organisations, the high-risk ones (up to {@link #MAX_HIGH_RISK})
 * and then those with most contacts are drawn, and the rest are gathered into one node per type
 * (a type with a single leftover keeps it as itself).
 */
final class NetworkLayout {
  static final int MAX_SHOWN = 60;
  static final int MAX_HIGH_RISK = 20;
  private static final double WARP = 0.12;

  /** An organisation, or a gathered group of them, with its place in the picture. */
  record Node(
      String label,
      OrganisationType type,
      int contacts,
      int staff,
      RiskLevel risk,
      int gathered,
      double angle,
      double x,
      double y,
      double radius) {
    boolean isGathered() {
      return gathered > 0;
    }
  }

  private NetworkLayout() {}

  /** What to draw: all organisations, or the largest plus one gathered entry per type. */
  static List<Node> select(List<OrganisationFigure> organisations, GatheredLabel label) {
    List<OrganisationFigure> sorted = new ArrayList<>(organisations);
    sorted.sort(
        Comparator.comparingInt(OrganisationFigure::contacts)
            .reversed()
            .thenComparing(OrganisationFigure::name));
    List<OrganisationFigure> kept = sorted;
    List<OrganisationFigure> leftover = List.of();
    if (sorted.size() > MAX_SHOWN) {
      // High-risk organisations are what coordinators look for: keep them, then the largest.
      kept = new ArrayList<>(sorted.stream().filter(o -> o.risk() == RiskLevel.HIGH).limit(MAX_HIGH_RISK).toList());
      for (OrganisationFigure o : sorted) {
        if (kept.size() < MAX_SHOWN && !kept.contains(o)) {
          kept.add(o);
        }
      }
      Set<OrganisationFigure> keptSet = new HashSet<>(kept);
      leftover = sorted.stream().filter(o -> !keptSet.contains(o)).toList();
    }
    List<Node> nodes = new ArrayList<>();
    kept.forEach(o -> nodes.add(node(o)));
    Map<OrganisationType, List<OrganisationFigure>> rest = new LinkedHashMap<>();
    for (OrganisationFigure o : leftover) {
      rest.computeIfAbsent(o.type(), t -> new ArrayList<>()).add(o);
    }
    rest.forEach(
        (type, group) -> {
          if (group.size() == 1) {
            nodes.add(node(group.get(0)));
          } else {
            int contacts = group.stream().mapToInt(OrganisationFigure::contacts).sum();
            nodes.add(new Node(label.of(type, group.size()), type, contacts, 0, RiskLevel.LOW, group.size(), 0, 0, 0, 0));
          }
        });
    return nodes;
  }

  /** The text of a gathered node, e.g. "overige Zorg (23)". */
  interface GatheredLabel {
    String of(OrganisationType type, int count);
  }

  private static Node node(OrganisationFigure o) {
    return new Node(o.name(), o.type(), o.contacts(), o.staff(), o.risk(), 0, 0, 0, 0, 0);
  }

  /**
   * Places the nodes on a ring of radius {@code ring} around (cx, cy): one sector per type in
   * type order, a free slot between sectors, within a sector most contacts first, gathered last.
   * Circle areas grow with contacts up to what the spacing on the ring allows.
   */
  static Placement place(List<Node> nodes, double cx, double cy, double ring) {
    return place(nodes, cx, cy, ring, Comparator.comparing(Node::isGathered));
  }

  /**
   * As {@link #place(List, double, double, double)}, with the order within a sector set first by
   * {@code first} (the change diagram groups a type's organisations by change), then by contacts.
   */
  static Placement place(List<Node> nodes, double cx, double cy, double ring, Comparator<Node> first) {
    Map<OrganisationType, List<Node>> byType =
        new TreeMap<>(Comparator.comparingInt(OrganisationType::order).thenComparing(OrganisationType::customName));
    for (Node n : nodes) {
      byType.computeIfAbsent(n.type(), t -> new ArrayList<>()).add(n);
    }
    byType.values().forEach(list -> list.sort(
        first
            .thenComparing(Comparator.comparingInt(Node::contacts).reversed())
            .thenComparing(Node::label)));
    int slots = nodes.size() + (byType.size() > 1 ? byType.size() : 0);
    double step = 2 * Math.PI / Math.max(slots, 1);
    double spacing = step * ring;
    // Crowded rings alternate inner and outer positions, so circles can be twice as large.
    spacing *= 1 - 2 * WARP; // the narrowest spacing, at the sides
    boolean staggered = 0.44 * spacing < 22;
    double maxRadius = staggered ? Math.min(30, 0.72 * spacing) : Math.max(9, Math.min(40, 0.44 * spacing));
    double offset = staggered ? 0.9 * maxRadius : 0;
    Scale scale =
        new Scale(
            nodes.stream().filter(n -> !n.isGathered()).mapToInt(Node::contacts).max().orElse(1),
            Math.max(4, 0.2 * maxRadius),
            maxRadius,
            nodes.stream().mapToInt(Node::staff).max().orElse(1));
    List<Node> placed = new ArrayList<>();
    int slot = 0;
    int index = 0;
    for (List<Node> sector : byType.values()) {
      for (Node n : sector) {
        double angle = warp(step * (slot + (byType.size() > 1 ? 1.0 : 0.5)));
        double r = ring + (index % 2 == 0 ? offset : -offset);
        placed.add(new Node(n.label(), n.type(), n.contacts(), n.staff(), n.risk(), n.gathered(), angle,
            cx + r * Math.sin(angle), cy - r * Math.cos(angle), scale.radius(n.contacts())));
        slot++;
        index++;
      }
      slot++;
    }
    return new Placement(placed, scale, ring + offset + maxRadius);
  }

  /** @param outer the distance from the centre that no circle reaches beyond */
  record Placement(List<Node> nodes, Scale scale, double outer) {}

  /** Circle area in proportion to contacts (capped for gathered nodes), line width to staff. */
  record Scale(int largest, double minRadius, double maxRadius, int mostStaff) {
    double radius(int contacts) {
      double share = Math.min(1, Math.sqrt((double) contacts / largest));
      return minRadius + (maxRadius - minRadius) * share;
    }

    double width(int staff) {
      return 1.2 + 8.8 * staff / Math.max(1, mostStaff);
    }
  }

  /**
   * Spreads the nodes near the top and bottom a little and packs them at the sides: labels stand
   * horizontally, so at the top and bottom they stack vertically and need more room per node.
   * Spacing grows by 1 + 2·WARP at the poles and shrinks by 1 − 2·WARP at the sides; monotone for
   * WARP below 1/2, so the sector order is kept.
   */
  private static double warp(double angle) {
    return angle + WARP * Math.sin(2 * angle);
  }

  /** A node's label: where its text starts (or ends, on the left half) and its leader line. */
  record Label(Node node, double x, double y, boolean right) {}

  /**
   * Labels outside the ring, horizontal, like a pie chart's: each half of the circle gets its
   * labels sorted top to bottom and pushed apart to at least {@code lineHeight}, then set on a
   * circle of radius {@code labelRing}, so no two labels ever overlap.
   */
  static List<Label> labels(List<Node> nodes, double cx, double cy, double labelRing, double lineHeight, double top, double bottom) {
    List<Label> labels = new ArrayList<>();
    for (boolean right : new boolean[] {true, false}) {
      List<Node> side = new ArrayList<>();
      for (Node n : nodes) {
        if ((n.angle() < Math.PI) == right) {
          side.add(n);
        }
      }
      side.sort(Comparator.comparingDouble(n -> -Math.cos(n.angle())));
      double[] ys = new double[side.size()];
      for (int i = 0; i < ys.length; i++) {
        double wanted = cy - labelRing * Math.cos(side.get(i).angle());
        ys[i] = Math.max(wanted, i == 0 ? top : ys[i - 1] + lineHeight);
      }
      for (int i = ys.length - 1; i >= 0; i--) {
        ys[i] = Math.min(ys[i], i == ys.length - 1 ? bottom : ys[i + 1] - lineHeight);
      }
      for (int i = 0; i < ys.length; i++) {
        double dy = Math.min(Math.abs(ys[i] - cy), labelRing);
        double dx = Math.max(Math.sqrt(labelRing * labelRing - dy * dy), 24);
        labels.add(new Label(side.get(i), right ? cx + dx : cx - dx, ys[i], right));
      }
    }
    return labels;
  }
}
