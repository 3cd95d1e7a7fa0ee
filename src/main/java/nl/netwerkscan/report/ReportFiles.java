package nl.netwerkscan.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import nl.netwerkscan.report.diagram.DiagramInputs;
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

  /** Writes the complete report of {@code content} into a new report folder at {@code target}. */
  public static void write(Path target, ReportContent content, Messages messages, OptionalInt year)
      throws IOException {
    ReportFolder.replace(target, folder -> writeInto(folder, content, messages, year));
  }

  private static void writeInto(Path folder, ReportContent content, Messages messages, OptionalInt year)
      throws IOException {
    ExcelReport.write(folder.resolve(messages.get("report.file.workbook")), content, messages);
    GraphFiles.write(folder, messages.get("report.file.graph"), content.network(), content.fragility(), messages);
    Diagrams.Written pictures =
        Diagrams.write(
            folder,
            DiagramInputs.of(content.network(), content.fragility(), content.distances(), year),
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
    });
  }
}
