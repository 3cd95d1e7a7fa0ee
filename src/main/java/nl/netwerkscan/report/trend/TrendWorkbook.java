package nl.netwerkscan.report.trend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.netwerkscan.analysis.DistanceTrendAnalysis;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.OrganisationTrendAnalysis;
import nl.netwerkscan.analysis.OrganisationTrendAnalysis.Pattern;
import nl.netwerkscan.analysis.RelationTrendAnalysis;
import nl.netwerkscan.analysis.Risk;
import nl.netwerkscan.analysis.SurveyYear;
import nl.netwerkscan.report.ActionTexts;
import nl.netwerkscan.report.ReportWorkbook;
import nl.netwerkscan.report.TableSheet;
import nl.netwerkscan.text.Messages;

/**
 * trend.xlsx (report contract, trend): Samenvatting, Organisaties, Afstanden with its line chart,
 * and Relaties, each a plain table with one column per year, read from the trend analyses.
 */
final class TrendWorkbook {
  private final Messages messages;
  private final TrendContent trend;

  private TrendWorkbook(Messages messages, TrendContent trend) {
    this.messages = messages;
    this.trend = trend;
  }

  static void write(Path file, TrendContent trend, Messages messages) throws IOException {
    new TrendWorkbook(messages, trend).write(file);
  }

  private void write(Path file) throws IOException {
    try (ReportWorkbook book = new ReportWorkbook(messages)) {
      summary(book);
      organisations(book);
      DistanceTrendSheet.write(book, trend.years(), trend.distances());
      relations(book);
      book.save(file);
    }
  }

  private List<SurveyYear> years() {
    return trend.years();
  }

  /** Headers: the given leading ones, then each of {@code figures} once per year. */
  private String[] headers(List<String> leading, List<String> figures, String... trailing) {
    List<String> headers = new ArrayList<>(leading);
    for (String figure : figures) {
      for (SurveyYear year : years()) {
        headers.add(messages.get("trend.per.year", messages.get(figure), year.label()));
      }
    }
    headers.addAll(List.of(trailing));
    return headers.toArray(String[]::new);
  }

  private void summary(ReportWorkbook book) {
    List<String> headers = new ArrayList<>(List.of(messages.get("summary.item")));
    years().forEach(year -> headers.add(year.label()));
    TableSheet sheet = book.tableWithHeaders(messages.get("sheet.summary"), headers.toArray(String[]::new));
    TableSheet.RowWriter files = sheet.row().text(messages.get("compare.file.survey"));
    years().forEach(year -> files.text(year.survey().fileName()));
    perYear(sheet, "summary.rows.used", year -> year.survey().rows().used());
    perYear(sheet, "summary.respondents", year -> (long) year.survey().respondents().size());
    perYear(sheet, "summary.organisations", year -> (long) year.fragility().rows().size());
    perYear(sheet, "trend.high.risk", year -> count(year.fragility(), Risk.HIGH));
    perYear(sheet, "trend.medium.risk", year -> count(year.fragility(), Risk.MEDIUM));
    TableSheet.RowWriter distance = sheet.row().text(messages.get("trend.mean.distance"));
    years().forEach(year -> distance.decimal(year.distances().all().mean()));
    relationTotals(sheet, "trend.relations.kept", RelationTrendAnalysis.Totals::kept);
    relationTotals(sheet, "trend.relations.new", RelationTrendAnalysis.Totals::gained);
    relationTotals(sheet, "trend.relations.lost", RelationTrendAnalysis.Totals::lost);
    for (Pattern pattern : List.of(Pattern.PERSISTENTLY_FRAGILE, Pattern.NEWLY_FRAGILE, Pattern.RECOVERED)) {
      TableSheet.RowWriter row = sheet.row().text(messages.get("trend.count", pattern(pattern)));
      for (int i = 1; i < years().size(); i++) {
        row.empty();
      }
      row.integer(trend.organisations().with(pattern).size());
    }
    sheet.finish();
  }

  private void perYear(TableSheet sheet, String key, Function<SurveyYear, Long> figure) {
    TableSheet.RowWriter row = sheet.row().text(messages.get(key));
    years().forEach(year -> row.integer(figure.apply(year)));
  }

  /** The relations since the year before, in the later year's column; the first year has none. */
  private void relationTotals(TableSheet sheet, String key, Function<RelationTrendAnalysis.Totals, Integer> figure) {
    TableSheet.RowWriter row = sheet.row().text(messages.get(key)).empty();
    for (int from = 0; from + 1 < years().size(); from++) {
      row.integer(figure.apply(trend.relations().totals(from)));
    }
  }

  private static long count(FragilityAnalysis.Result result, Risk risk) {
    return result.rows().stream().filter(row -> row.risk() == risk).count();
  }

  private void organisations(ReportWorkbook book) {
    TableSheet sheet =
        book.tableWithHeaders(
            messages.get("trend.sheet.organisations"),
            headers(
                List.of(messages.get("compare.organisation"), messages.get("compare.type")),
                List.of("trend.contacts", "trend.staff", "trend.resilience", "trend.risk"),
                messages.get("trend.pattern")));
    for (OrganisationTrendAnalysis.Row row : trend.organisations().rows()) {
      TableSheet.RowWriter line =
          sheet.row().text(row.organisation().name()).text(messages.label(row.organisation().type()));
      figure(line, row, r -> r.figures().contacts());
      figure(line, row, r -> r.figures().staff());
      figure(line, row, FragilityAnalysis.Row::resilience);
      for (Optional<FragilityAnalysis.Row> year : row.years()) {
        if (year.isPresent()) {
          line.risk(messages.get("risk." + year.get().risk().name().toLowerCase(Locale.ROOT)), year.get().risk());
        } else {
          line.empty();
        }
      }
      if (row.pattern() == Pattern.NONE) {
        line.empty();
      } else {
        // Persistently and newly fragile are high risk now: filled as high risk is elsewhere.
        line.risk(pattern(row.pattern()), row.pattern() == Pattern.RECOVERED ? Risk.LOW : Risk.HIGH);
      }
    }
    sheet.finish();
  }

  private static void figure(
      TableSheet.RowWriter line, OrganisationTrendAnalysis.Row row, Function<FragilityAnalysis.Row, Integer> figure) {
    for (Optional<FragilityAnalysis.Row> year : row.years()) {
      if (year.isPresent()) {
        line.integer(figure.apply(year.get()));
      } else {
        line.empty();
      }
    }
  }

  private void relations(ReportWorkbook book) {
    TableSheet sheet =
        book.table(
            "trend.sheet.relations", "trend.from", "trend.to", "compare.organisation", "compare.type",
            "trend.kept", "trend.new", "trend.lost");
    for (RelationTrendAnalysis.Row row : trend.relations().rows()) {
      sheet.row()
          .text(years().get(row.from()).label())
          .text(years().get(row.to()).label())
          .text(row.organisation().name())
          .text(messages.label(row.organisation().type()))
          .integer(row.kept())
          .integer(row.gained())
          .integer(row.lost());
    }
    sheet.finish();
  }

  private String pattern(Pattern pattern) {
    return new ActionTexts(messages).pattern(pattern);
  }
}
