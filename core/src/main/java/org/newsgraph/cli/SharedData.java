package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the development data folder {@code shared/} that sits beside a checkout (corpora,
 * benchmarks, dictionaries). Users' clones do not have it; eval and bench then say so.
 */
final class SharedData {
  private SharedData() {}

  /** {@code shared/<relative>} in the working directory or one of its parents, if present. */
  static Optional<Path> find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The path given, else the shared one, else a usage error that says what is missing. */
  static Path orShared(Path given, String relative, String what) {
    if (given != null) {
      return given;
    }
    return find(relative)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no "
                        + what
                        + " given and none found at ../shared/"
                        + relative
                        + " (it is only beside a development checkout): pass its path"));
  }
}
