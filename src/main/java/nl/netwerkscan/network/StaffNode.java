package nl.netwerkscan.network;

import java.util.Objects;
import nl.netwerkscan.model.Respondent;

/** One of our staff members. */
public record StaffNode(Respondent respondent) implements Node {
  public StaffNode {
    Objects.requireNonNull(respondent);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.STAFF;
  }
}
