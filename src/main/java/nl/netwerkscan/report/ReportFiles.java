package nl.netwerkscan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
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
   * Three threads: the workbook on one; the slides on another, which starts the slide library
   * (about half a second of loading the first time) while this one draws the pictures, and waits
   * for them only where it places them; this one draws the pictures, then writes the graph files
   * and the explorer. The workbook, with a Medewerkers row per respondent, is the longest task of
   * a large survey, the pictures and the slides after them that of a small one (example survey:
   * pictures 1.0 s, then slides 0.75 s, while the workbook took 1.0 s).
   */
  private static boolean writeInto(
      Path folder, ReportContent content, Messages messages, OptionalInt year, ExplorerData.Privacy privacy)
      throws IOException {
    CompletableFuture<Void> tables =
        CompletableFuture.runAsync(
            () -> unchecked(() -> ExcelReport.write(folder.resolve(messages.get("report.file.workbook")), content, messages)),
            ownThread("workbook-writer"));
    CompletableFuture<Pictures> pictures = new CompletableFuture<>();
    CompletableFuture<Void> slides =
        CompletableFuture.runAsync(
            () -> unchecked(() -> Presentation.write(folder, content, messages, year, waitingFor(pictures))),
            ownThread("slides-writer"));
    boolean fullGraph;
    try {
      Diagrams.Written written =
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
      pictures.complete(new Pictures(written, units));
      fullGraph = GraphFiles.write(
          folder, messages.get("report.file.graph"), content.network(), content.fragility(), messages);
      ExplorerPage.write(folder, content, messages, year, privacy);
    } catch (IOException | RuntimeException | Error e) {
      pictures.completeExceptionally(e); // the slides stop waiting
      // let both finish before the folder goes; this failure is the one reported
      CompletableFuture.allOf(tables, slides).handle((done, failure) -> null).join();
      throw e;
    }
    CompletableFuture.allOf(tables, slides).handle((done, failure) -> null).join();
    finished(tables);
    finished(slides);
    return fullGraph;
  }

  /** The pictures the slides show, once drawn. */
  private record Pictures(Diagrams.Written written, Path units) {}

  private static Presentation.Pictures waitingFor(CompletableFuture<Pictures> pictures) {
    return new Presentation.Pictures() {
      @Override
      public Path network() {
        return pictures.join().written().network();
      }

      @Override
      public Path distances() {
        return pictures.join().written().distances();
      }

      @Override
      public Path fragile(String organisationName) {
        return pictures.join().written().fragile().get(organisationName);
      }

      @Override
      public Path units() {
        return pictures.join().units();
      }
    };
  }

  /** A file writer's work, its IOException carried out of the thread unchecked. */
  private interface FileWork {
    void run() throws IOException;
  }

  private static void unchecked(FileWork work) {
    try {
      work.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a task on a thread of its own: the common pool has one thread on two cores. */
  private static Executor ownThread(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      thread.start();
    };
  }

  /** Rethrows what a finished writer failed with, its IOException as itself. */
  private static void finished(CompletableFuture<Void> writer) throws IOException {
    try {
      writer.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
