package nl.netwerkscan.network;

/**
 * A vertex of the contact network. The four kinds are those of the report contract's graph
 * files: our own organisation (home), our staff, the people at partner organisations, and the
 * partner organisations themselves.
 */
public sealed interface Node permits HomeNode, StaffNode, PersonNode, OrganisationNode {

  /** The node kind as written to graph files. */
  NodeKind kind();
}
