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

  /** The number of {@code value}, a new one when no equal value was numbered before. */
  public int id(T value) {
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
