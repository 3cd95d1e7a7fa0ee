package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;

/**
 * The distances of {@link DistanceAnalysis}, judged separately by each function group (the
 * extra sheet "Afstanden per functiegroep / Distances by function group"; the study compared how
 * case managers, consultants and managers judge the same partners).
 *
 * <p>Same formula as {@link DistanceAnalysis}, over the used rows of respondents of one
 * function group. Shape: for each function group present (group order), one row per type that
 * group has contacts with, in <em>type order</em> (not closest first, so a type stands at the
 * same place in every group's block and the blocks compare line by line), then the group's
 * All row over all its rows.
 *
 * <p>Cost: one pass over the contacts, O(n · 7) time, memory per group × type.
 */
public final class FunctionGroupDistanceAnalysis {
  private FunctionGroupDistanceAnalysis() {}

  /** One row of the sheet: a function group and its distances for one type, or for All. */
  public record Row(FunctionGroup group, DistanceAnalysis.Row distances) {
    public Row {
      Objects.requireNonNull(group);
      Objects.requireNonNull(distances);
    }
  }

  /** @param rows per group in group order: its types in type order, then its All row */
  public record Result(List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }
  }

  public static Result of(Survey survey) {
    return of(AnswerTallies.of(survey));
  }

  public static Result of(AnswerTallies answers) {
    Map<FunctionGroup, Tally> all = answers.sumBy(cell -> true, AnswerTallies.Cell::group);
    List<Row> rows = new ArrayList<>();
    for (FunctionGroup group : Orders.sortedGroups(all.keySet())) {
      Map<OrganisationType, Tally> byType =
          answers.sumBy(cell -> cell.group().equals(group), AnswerTallies.Cell::type);
      for (OrganisationType type : Orders.sortedTypes(byType.keySet())) {
        rows.add(new Row(group, DistanceAnalysis.row(Optional.of(type), byType.get(type))));
      }
      rows.add(new Row(group, DistanceAnalysis.row(Optional.empty(), all.get(group))));
    }
    return new Result(rows);
  }
}
