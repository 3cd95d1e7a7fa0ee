package nl.netwerkscan.analysis;

import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.util.SupplierUtil;

/** Small throw-away graphs for the resilience matching. */
final class Bipartite {
  private Bipartite() {}

  /**
   * An undirected graph without JGraphT's fast-lookup index and without its duplicate-edge
   * check: the links fed to it are already distinct, and ten thousand organisations each build
   * one, so the default {@code SimpleGraph}'s per-edge hash maps cost more than the matching.
   */
  static Graph<Integer, DefaultEdge> newGraph() {
    return new AbstractBaseGraph<Integer, DefaultEdge>(
        null,
        SupplierUtil.DEFAULT_EDGE_SUPPLIER,
        new DefaultGraphType.Builder()
            .undirected()
            .allowMultipleEdges(true)
            .allowSelfLoops(false)
            .weighted(false)
            .build(),
        new DefaultGraphSpecificsStrategy<>()) {};
  }
}
