package nl.netwerkscan.network;

import java.util.Objects;
import nl.netwerkscan.model.Organisation;

/** A partner organisation. */
public record OrganisationNode(Organisation organisation) implements Node {
  public OrganisationNode {
    Objects.requireNonNull(organisation);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.ORGANISATION;
  }
}
