package nl.netwerkscan.importer;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkscan.model.Location;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;

/**
 * Collects problems as values and keeps going. Keeps the first {@code limit} for the report (no
 * person reads past them) but counts every one.
 */
final class ProblemLog {
  private final int limit;
  private final List<Problem> kept = new ArrayList<>();
  private long count;

  ProblemLog(int limit) {
    this.limit = limit;
  }

  void add(Location location, String value, ProblemKind kind, String... arguments) {
    count++;
    if (kept.size() < limit) {
      kept.add(Problem.of(location, value, kind, arguments));
    }
  }

  /**
   * One log of {@code logs} in their order, as if their problems had been added to one log one
   * after the other: the first {@code limit} of them kept, every one counted.
   */
  static ProblemLog inOrder(List<ProblemLog> logs) {
    ProblemLog all = new ProblemLog(logs.get(0).limit);
    for (ProblemLog log : logs) {
      all.count += log.count;
      for (Problem problem : log.kept) {
        if (all.kept.size() < all.limit) {
          all.kept.add(problem);
        }
      }
    }
    return all;
  }

  List<Problem> kept() {
    return kept;
  }

  long count() {
    return count;
  }
}
