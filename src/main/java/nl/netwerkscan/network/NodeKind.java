package nl.netwerkscan.network;

/** The {@code kind} attribute of a node in the graph files. */
public enum NodeKind {
  HOME,
  STAFF,
  PERSON,
  ORGANISATION;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
