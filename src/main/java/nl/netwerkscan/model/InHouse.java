package nl.netwerkscan.model;

/** Whether the contact works, or worked, in our building. */
public enum InHouse {
  YES,
  NO,
  UNKNOWN
}
