package com.tweetrade.model.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the TweeTrade project root: the directory that holds {@code schema.cql}.
 *
 * <p>Order: system property {@code tweetrade.root}, then env {@code TWEETRADE_ROOT}, then the
 * working directory; each candidate is walked upwards, because Maven sets {@code tweetrade.root} to
 * the directory it was started in, which is a module directory when a single module is built.
 */
public final class ProjectRoot {
  /** The file that marks the root. */
  public static final String MARKER = "schema.cql";

  /** System property naming the root (or a directory below it); wins over {@link #ENV}. */
  public static final String PROPERTY = "tweetrade.root";

  /** Environment variable naming the root (bin/tweetrade sets it). */
  public static final String ENV = "TWEETRADE_ROOT";

  private ProjectRoot() {}

  /** The root, or an exception that says where it looked. */
  public static Path find() {
    return find(System.getProperty(PROPERTY), System.getenv(ENV), Path.of(""));
  }

  /**
   * The root found from this process's property and {@code env}'s {@link #ENV}, if there is one.
   */
  public static Optional<Path> locate(java.util.Map<String, String> env) {
    return locate(System.getProperty(PROPERTY), env.get(ENV), Path.of(""));
  }

  /** The first candidate, walked upwards, that leads to a root; empty when none does. */
  public static Optional<Path> locate(String property, String env, Path workingDir) {
    for (String candidate : new String[] {property, env}) {
      if (candidate != null && !candidate.isBlank()) {
        Optional<Path> found = walkUp(Path.of(candidate));
        if (found.isPresent()) return found;
      }
    }
    return walkUp(workingDir);
  }

  /** {@link #locate(String, String, Path)}, or an exception that says where it looked. */
  public static Path find(String property, String env, Path workingDir) {
    return locate(property, env, workingDir)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Cannot find the TweeTrade root (a directory with "
                        + MARKER
                        + ") from -D"
                        + PROPERTY
                        + "="
                        + property
                        + ", "
                        + ENV
                        + "="
                        + env
                        + " or the working directory "
                        + workingDir.toAbsolutePath()));
  }

  /** The closest directory at or above {@code start} that holds the marker file. */
  public static Optional<Path> walkUp(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(MARKER))) return Optional.of(dir);
    }
    return Optional.empty();
  }
}
