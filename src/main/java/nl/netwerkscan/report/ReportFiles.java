package nl.netwerkscan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.OptionalInt;
import nl.netwerkscan.report.diagram.DiagramInputs;
import nl.netwerkscan.report.explorer.ExplorerData;
import nl.netwerkscan.report.explorer.ExplorerPage;
import nl.netwerkscan.report.diagram.Diagrams;
import nl.netwerkscan.report.graph.GraphFiles;
import nl.netwerkscan.report.slides.Presentation;
import nl.netwerkscan.text.Messages;

/**
 * The report stage's front door: writes every file of the report folder (report-contract.md)
 * from one {@link ReportContent}, in an order where later files may use earlier ones (the
 * slides show the diagrams). The folder is put in place atomically by {@link ReportFolder}.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Writes the complete report of {@code content} into a new report folder at {@code target},
   * for a survey with people's names.
   */
  public static Written write(Path target, ReportContent content, Messages messages, OptionalInt year)
      throws IOException {
    return write(target, content, messages, year, ExplorerData.Privacy.NAMES);
  }

  /**
   * As {@link #write(Path, ReportContent, Messages, OptionalInt)}; {@code privacy} says whether
   * the survey was pseudonymised, which the explorer tells its reader at the top.
   */
  public static Written write(
      Path target, ReportContent content, Messages messages, OptionalInt year, ExplorerData.Privacy privacy)
      throws IOException {
    boolean[] fullGraph = new boolean[1];
    ReportFolder.replace(target, folder -> fullGraph[0] = writeInto(folder, content, messages, year, privacy));
    return new Written(fullGraph[0]);
  }

  /** What was written, where the report had a choice. */
  public record Written(boolean fullGraphFiles) {}

  /**
   * The workbook is written on a second thread while this one draws the pictures, makes the
   * slides from them and writes the graph files: on two cores the report takes about half the
   * time. The workbook, with a Medewerkers row per respondent, is the longer half for a large
   * survey, so the graph files are on this side (1M rows: report files 2.9-3.1 s -> 2.1-2.3 s).
   */
  private static boolean writeInto(
      Path folder, ReportContent content, Messages messages, OptionalInt year, ExplorerData.Privacy privacy)
      throws IOException {
    boolean fullGraph;
    CompletableFuture<Boolean> tables =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                ExcelReport.write(folder.resolve(messages.get("report.file.workbook")), content, messages);
                return true;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try {
      Diagrams.Written pictures =
          Diagrams.write(
              folder,
              DiagramInputs.of(content.network(), content.fragility(), content.distances(), year),
              messages);
      Path units =
          content.units().isEmpty()
              ? null
              : Diagrams.writeUnits(
                  folder,
                  DiagramInputs.units(
                      content.units().get(), content.network().home().name(), year, TableSheet.SMALL_GROUP),
                  messages);
      Presentation.write(folder, content, messages, year, new Presentation.Pictures() {
        @Override
        public Path network() {
          return pictures.network();
        }

        @Override
        public Path distances() {
          return pictures.distances();
        }

        @Override
        public Path fragile(String organisationName) {
          return pictures.fragile().get(organisationName);
        }

        @Override
        public Path units() {
          return units;
        }
      });
      fullGraph = GraphFiles.write(
          folder, messages.get("report.file.graph"), content.network(), content.fragility(), messages);
      ExplorerPage.write(folder, content, messages, year, privacy);
    } catch (IOException | RuntimeException e) {
      tables.handle((written, failure) -> null).join(); // let it finish before the folder goes
      throw e;
    }
    try {
      tables.join();
      return fullGraph;
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }
}
