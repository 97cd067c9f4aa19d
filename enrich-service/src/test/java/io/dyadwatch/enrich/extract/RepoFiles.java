package io.dyadwatch.enrich.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Files outside the module, found by walking up from the working directory. */
final class RepoFiles {
  private RepoFiles() {}

  /** The first {@code relative} under the working directory or one of its parents. */
  static Optional<Path> find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
