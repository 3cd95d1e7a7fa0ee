package nl.netwerkscan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers equal values 0, 1, 2 … in order of first appearance. An identity lookup comes first
 * because the importer shares one instance per respondent, organisation and person, and hashing
 * whole records for every one of a million rows is what made grouping slow; equal copies still
 * get the same number through the equals map.
 */
public final class Interner<T> {
  private final Map<T, Integer> seen = new IdentityHashMap<>();
  private final Map<T, Integer> ids = new HashMap<>();
  private final List<T> values = new ArrayList<>();
  /** Whether the maps hold every value numbered so far; not for one made by {@link #numbering}. */
  private boolean indexed = true;

  /**
   * The interner that numbering {@code distinct} in order would give: its values, no two of them
   * equal, numbered 0, 1, 2 … as they come. Its look-up maps are made only when {@link #id} is
   * first asked, for a numbering derived from another (a unit's, from the whole survey's) that is
   * mostly only read.
   */
  public static <T> Interner<T> numbering(List<T> distinct) {
    Interner<T> interner = new Interner<>();
    interner.values.addAll(distinct);
    interner.indexed = distinct.isEmpty();
    return interner;
  }

  /** The number of {@code value}, a new one when no equal value was numbered before. */
  public int id(T value) {
    if (!indexed) {
      for (int i = 0; i < values.size(); i++) {
        seen.put(values.get(i), i);
        ids.putIfAbsent(values.get(i), i);
      }
      indexed = true;
    }
    Integer id = seen.get(value);
    if (id == null) {
      id = ids.computeIfAbsent(value, v -> add(v));
      seen.put(value, id);
    }
    return id;
  }

  private int add(T value) {
    values.add(value);
    return values.size() - 1;
  }

  /** The first value numbered {@code id}. */
  public T value(int id) {
    return values.get(id);
  }

  public int size() {
    return values.size();
  }
}
