package nl.netwerkscan.report.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.netwerkscan.analysis.ComparisonAnalysis;
import nl.netwerkscan.analysis.ComparisonAnalysis.Change;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.report.ReportFolder;
import nl.netwerkscan.report.ReportWorkbook;
import nl.netwerkscan.report.TableSheet;
import nl.netwerkscan.report.diagram.DiagramInputs;
import nl.netwerkscan.report.diagram.Diagrams;
import nl.netwerkscan.text.Messages;

/**
 * vergelijking.xlsx (report contract, compare): Samenvatting, Organisaties, Afstanden and
 * Medewerkers, each a plain table read from one {@link ComparisonAnalysis.Result}, and beside it
 * the change diagram drawn from the same result.
 */
public final class ComparisonReport {
  private final Messages messages;

  private ComparisonReport(Messages messages) {
    this.messages = messages;
  }

  /**
   * Writes the comparison into a new report folder at {@code target}, atomically: the workbook
   * and the change diagram (verandering.png and .svg) drawn from the same result.
   */
  public static void write(Path target, Survey old, Survey current, ComparisonAnalysis.Result result, Messages messages)
      throws IOException {
    ReportFolder.replace(
        target,
        folder -> {
          new ComparisonReport(messages).workbook(folder.resolve(messages.get("compare.file")), old, current, result);
          String home = messages.get("home.default"); // compare has no --home: the default centre
          Diagrams.writeChange(folder, DiagramInputs.change(result, home, old.fileName(), current.fileName()), messages);
        });
  }

  private void workbook(Path file, Survey old, Survey current, ComparisonAnalysis.Result result) throws IOException {
    try (ReportWorkbook book = new ReportWorkbook(messages)) {
      summary(book, old, current, result);
      organisations(book, result);
      distances(book, result);
      staff(book, result);
      book.save(file);
    }
  }

  private void summary(ReportWorkbook book, Survey old, Survey current, ComparisonAnalysis.Result result) {
    TableSheet sheet = book.table("sheet.summary", "summary.item", "compare.old", "compare.new");
    sheet.row().text(messages.get("compare.file.survey")).text(old.fileName()).text(current.fileName());
    sheet.row().text(messages.get("summary.rows.used")).integer(old.rows().used()).integer(current.rows().used());
    sheet.row().text(messages.get("summary.respondents")).integer(old.respondents().size()).integer(current.respondents().size());
    long oldOrganisations = result.organisations().stream().filter(o -> o.old().isPresent()).count();
    long newOrganisations = result.organisations().stream().filter(o -> o.current().isPresent()).count();
    sheet.row().text(messages.get("summary.organisations")).integer(oldOrganisations).integer(newOrganisations);
    for (Change change : Change.values()) {
      sheet.row().text(messages.get("compare.count", label(change))).empty().integer(result.count(change));
    }
    sheet.row().text(messages.get("compare.staff.left")).empty().integer(result.left().size());
    sheet.row().text(messages.get("compare.staff.joined")).empty().integer(result.joined().size());
    sheet.finish();
  }

  private void organisations(ReportWorkbook book, ComparisonAnalysis.Result result) {
    TableSheet sheet =
        book.table(
            "compare.sheet.organisations", "compare.organisation", "compare.type", "compare.contacts.old",
            "compare.contacts.new", "compare.staff.old", "compare.staff.new", "compare.persons.old",
            "compare.persons.new", "compare.resilience.old", "compare.resilience.new", "compare.risk.old",
            "compare.risk.new", "compare.change");
    for (ComparisonAnalysis.OrganisationChange change : result.organisations()) {
      TableSheet.RowWriter row =
          sheet.row().text(change.organisation().name()).text(messages.label(change.organisation().type()));
      figures(row, change.old(), change.current());
      row.text(label(change.change()));
    }
    sheet.finish();
  }

  /** The paired old/new columns; a year without contacts leaves its cells blank. */
  private void figures(
      TableSheet.RowWriter row, Optional<FragilityAnalysis.Row> old, Optional<FragilityAnalysis.Row> current) {
    pair(row, old.map(r -> r.figures().contacts()), current.map(r -> r.figures().contacts()));
    pair(row, old.map(r -> r.figures().staff()), current.map(r -> r.figures().staff()));
    pair(row, old.map(r -> r.figures().externalPersons()), current.map(r -> r.figures().externalPersons()));
    pair(row, old.map(FragilityAnalysis.Row::resilience), current.map(FragilityAnalysis.Row::resilience));
    row.text(old.map(r -> risk(r)).orElse(""));
    row.text(current.map(r -> risk(r)).orElse(""));
  }

  private static void pair(TableSheet.RowWriter row, Optional<Integer> old, Optional<Integer> current) {
    if (old.isPresent()) {
      row.integer(old.get());
    } else {
      row.empty();
    }
    if (current.isPresent()) {
      row.integer(current.get());
    } else {
      row.empty();
    }
  }

  private void distances(ReportWorkbook book, ComparisonAnalysis.Result result) {
    TableSheet sheet =
        book.table("compare.sheet.distances", "compare.type", "compare.aspect", "compare.old", "compare.new", "compare.difference");
    for (ComparisonAnalysis.DistanceChange change : result.distances()) {
      sheet.row().text(messages.label(change.type())).text(messages.label(change.aspect()))
          .decimal(change.old()).decimal(change.current()).decimal(change.change());
    }
    sheet.finish();
  }

  private void staff(ReportWorkbook book, ComparisonAnalysis.Result result) {
    TableSheet sheet =
        book.table("compare.sheet.staff", "compare.staff.name", "compare.staff.function", "compare.staff.status", "compare.staff.only");
    for (ComparisonAnalysis.Leaver leaver : result.left()) {
      sheet.row().text(leaver.respondent().name()).text(messages.label(leaver.respondent().function()))
          .text(messages.get("compare.status.left"))
          .text(leaver.onlyContactOf().stream().map(o -> o.name()).collect(Collectors.joining("; ")));
    }
    for (var joined : result.joined()) {
      sheet.row().text(joined.name()).text(messages.label(joined.function())).text(messages.get("compare.status.joined"));
    }
    sheet.finish();
  }

  private String label(Change change) {
    return messages.get("compare.change." + change.name().toLowerCase(Locale.ROOT));
  }

  private String risk(FragilityAnalysis.Row row) {
    return messages.get("risk." + row.risk().name().toLowerCase(Locale.ROOT));
  }
}
