package nl.netwerkscan.analysis;

/** Whose side a person is on: our own staff, or the partner organisation's. */
public enum Side {
  INTERNAL,
  EXTERNAL
}
