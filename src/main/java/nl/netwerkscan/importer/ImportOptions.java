package nl.netwerkscan.importer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a survey.
 *
 * @param organisations an extra classification file (--organisations), if any
 * @param problemLimit how many problems to keep for the report; all are counted regardless
 */
public record ImportOptions(Optional<Path> organisations, int problemLimit) {
  public static final int DEFAULT_PROBLEM_LIMIT = 100_000;

  public ImportOptions {
    Objects.requireNonNull(organisations);
    if (problemLimit < 0) {
      throw new IllegalArgumentException("problemLimit < 0");
    }
  }

  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty(), DEFAULT_PROBLEM_LIMIT);
  }

  public ImportOptions withOrganisations(Path file) {
    return new ImportOptions(Optional.of(file), problemLimit);
  }
}
