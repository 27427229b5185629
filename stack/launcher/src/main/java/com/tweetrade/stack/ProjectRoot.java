package com.tweetrade.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the TweeTrade project root: the directory that holds {@code schema.cql}.
 *
 * <p>Order: system property {@code tweetrade.root}, then env {@code TWEETRADE_ROOT}, then the working
 * directory; each candidate is walked upwards, because Maven sets {@code tweetrade.root} to the
 * directory it was started in, which is a module directory when a single module is built.
 */
public final class ProjectRoot {
  /** The file that marks the root. */
  public static final String MARKER = "schema.cql";

  private ProjectRoot() {}

  /** The root, or an exception that says where it looked. */
  public static Path find() {
    return find(System.getProperty("tweetrade.root"), System.getenv("TWEETRADE_ROOT"), Path.of(""));
  }

  static Path find(String property, String env, Path workingDir) {
    for (String candidate : new String[] {property, env}) {
      if (candidate != null && !candidate.isBlank()) {
        Optional<Path> found = walkUp(Path.of(candidate));
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    return walkUp(workingDir)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Cannot find the TweeTrade root (a directory with "
                        + MARKER
                        + ") from -Dtweetrade.root="
                        + property
                        + ", TWEETRADE_ROOT="
                        + env
                        + " or the working directory "
                        + workingDir.toAbsolutePath()));
  }

  /** The closest directory at or above {@code start} that holds the marker file. */
  public static Optional<Path> walkUp(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(MARKER))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }
}
