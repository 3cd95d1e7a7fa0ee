package nl.netwerkscan.importer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a survey.
 *
 * @param organisations an extra classification file (--organisations), if any
 * @param problemLimit how many problems to keep for the report; all are counted regardless
 * @param progress hears how far the reading is
 */
public record ImportOptions(Optional<Path> organisations, int problemLimit, ImportProgress progress) {
  public static final int DEFAULT_PROBLEM_LIMIT = 100_000;

  public ImportOptions {
    Objects.requireNonNull(organisations);
    Objects.requireNonNull(progress);
    if (problemLimit < 0) {
      throw new IllegalArgumentException("problemLimit < 0");
    }
  }

  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty(), DEFAULT_PROBLEM_LIMIT, ImportProgress.NONE);
  }

  public ImportOptions withOrganisations(Path file) {
    return new ImportOptions(Optional.of(file), problemLimit, progress);
  }

  public ImportOptions withProgress(ImportProgress listener) {
    return new ImportOptions(organisations, problemLimit, listener);
  }
}
