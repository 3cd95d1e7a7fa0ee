package nl.netwerkscan.analysis;

/** How fragile the relation with an organisation is (report contract, sheet 7). */
public enum Risk {
  HIGH,
  MEDIUM,
  LOW
}
