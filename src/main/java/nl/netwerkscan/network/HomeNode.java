package nl.netwerkscan.network;

import java.util.Objects;

/** Our own organisation, the centre of every diagram. */
public record HomeNode(String name) implements Node {
  public HomeNode {
    Objects.requireNonNull(name);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.HOME;
  }
}
