package nl.netwerkscan.report.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network diagram's layout for a reader who can zoom (the explorer): every organisation in
 * its type sector, none gathered, at the angle the diagram gives it, on one ring (not the
 * diagram's alternating inner and outer places: the explorer writes its labels along the radius,
 * so neighbours never overlap) that grows with their number. Same order and directions as
 * {@code netwerk.png}.
 */
public final class NetworkPositions {
  /** Room per organisation along the ring, in the picture's units, once the ring is crowded. */
  private static final double SPACING = 30;

  /**
   * Where one organisation stands (the centre is (0, 0), y downwards), its circle's radius, and
   * its angle clockwise from the top in radians.
   */
  public record Position(OrganisationFigure organisation, double x, double y, double radius, double angle) {}

  private NetworkPositions() {}

  /** The positions of {@code organisations}, in their given order. */
  public static List<Position> of(List<OrganisationFigure> organisations) {
    List<NetworkLayout.Node> nodes = new ArrayList<>();
    for (OrganisationFigure o : organisations) {
      nodes.add(new NetworkLayout.Node(o.name(), o.type(), o.contacts(), o.staff(), o.risk(), 0, 0, 0, 0, 0));
    }
    double ring = Math.max(NetworkDiagram.RING, organisations.size() * SPACING / (2 * Math.PI));
    NetworkLayout.Placement placement = NetworkLayout.place(nodes, 0, 0, ring);
    Map<String, NetworkLayout.Node> placed = new HashMap<>();
    for (NetworkLayout.Node node : placement.nodes()) {
      placed.putIfAbsent(node.label(), node); // organisation names are unique: one per key
    }
    // On one ring a circle may be at most about half the spacing wide: scale all of them alike,
    // so that areas keep their proportion to contacts as in the diagram.
    double slots = organisations.size() + placed.values().stream().map(NetworkLayout.Node::type).distinct().count();
    double widest = 0.45 * 2 * Math.PI * ring / Math.max(1, slots);
    double scale = Math.min(1, widest / placement.scale().maxRadius());
    List<Position> positions = new ArrayList<>();
    for (OrganisationFigure o : organisations) {
      NetworkLayout.Node node = placed.get(o.name());
      double radius = node.radius() * scale;
      positions.add(new Position(o, ring * Math.sin(node.angle()), -ring * Math.cos(node.angle()), radius, node.angle()));
    }
    return positions;
  }
}
