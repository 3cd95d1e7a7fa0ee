package nl.netwerkscan.network;

/** The three kinds of edges in the contact network. */
public enum LinkKind {
  STAFF_PERSON,
  PERSON_ORGANISATION,
  STAFF_HOME
}
