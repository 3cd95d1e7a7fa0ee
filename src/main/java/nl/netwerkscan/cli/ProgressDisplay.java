package nl.netwerkscan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.netwerkscan.importer.ImportProgress;
import nl.netwerkscan.text.Messages;

/**
 * A progress bar (rows read, rate, time left) while a large survey is read — only on an
 * interactive terminal, never when output goes to a file, a pipe or CI, and only for files big
 * enough to take more than a second or two.
 */
final class ProgressDisplay implements ImportProgress, AutoCloseable {
  /** About 100,000 rows of a typical survey: reading smaller files takes about a second. */
  private static final long LARGE_FILE_BYTES = 5L << 20;

  private final ProgressBar bar;

  private ProgressDisplay(ProgressBar bar) {
    this.bar = bar;
  }

  /** A display for reading {@code survey}, or none when no person is watching a terminal. */
  static ProgressDisplay forSurvey(Path survey, Messages messages) {
    if (System.console() == null || System.getenv("CI") != null || !isLarge(survey)) {
      return new ProgressDisplay(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(messages.get("cli.progress.reading"))
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUnit(" " + messages.get("cli.progress.rows"), 1)
            .setInitialMax(-1)
            .showSpeed()
            .clearDisplayOnFinish()
            .build();
    return new ProgressDisplay(bar);
  }

  private static boolean isLarge(Path survey) {
    try {
      return Files.size(survey) > LARGE_FILE_BYTES;
    } catch (IOException e) {
      return false; // the importer will say what is wrong with the file
    }
  }

  ImportProgress listener() {
    return bar == null ? ImportProgress.NONE : this;
  }

  @Override
  public void expect(long rows) {
    bar.maxHint(rows);
  }

  @Override
  public void read(long rows) {
    bar.stepTo(rows);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
