package nl.netwerkscan.model;

/** The seven aspects every contact is rated on; each answer is 1..5, 5 = closest relation. */
public enum Aspect {
  INTENSITY,
  IMPORTANCE,
  DEPENDENCY,
  COOPERATION,
  EXPERTISE,
  RELIABILITY,
  TRUST;

  /** The key used in graph files and resource bundles: the lower-case English name. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
