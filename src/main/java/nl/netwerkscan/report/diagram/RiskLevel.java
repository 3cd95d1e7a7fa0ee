package nl.netwerkscan.report.diagram;

/**
 * How a relation is marked in the network diagram. The diagram's own copy of the fragility
 * analysis's risk, so that drawing depends on nothing but its inputs.
 */
public enum RiskLevel {
  HIGH,
  MEDIUM,
  LOW
}
