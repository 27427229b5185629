package com.tweetrade.model.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The savepoints and retained checkpoints of a Flink home ({@code <home>/flink}): what {@code job
 * --local --resume} (and so {@code up}, and {@code up --cluster} on its standalone cluster)
 * restores, and what {@code up --fresh} sets aside. Shared by the job and the launcher, which both
 * lay a Flink home out this way.
 *
 * <p>A restore point is a directory holding a {@code _metadata} file: {@code
 * savepoints/savepoint-*} or {@code checkpoints/<job id>/chk-<n>}. A checkpoint being written has
 * no {@code _metadata} yet.
 */
public final class RestorePoints {
  private static final String METADATA = "_metadata";

  private RestorePoints() {}

  /** The newest complete savepoint or retained checkpoint under {@code flinkHome}, if any. */
  public static Optional<Path> latest(Path flinkHome) {
    try (Stream<Path> savepoints = children(flinkHome.resolve("savepoints"));
        Stream<Path> jobs = children(flinkHome.resolve("checkpoints"))) {
      Stream<Path> checkpoints = jobs.flatMap(RestorePoints::children);
      return Stream.concat(savepoints, checkpoints)
          .filter(dir -> Files.isRegularFile(dir.resolve(METADATA)))
          .max(Comparator.comparing(RestorePoints::written));
    }
  }

  /**
   * Moves the savepoints and checkpoints of {@code flinkHome} to {@code previous-<time>/} beside
   * them, so the next run starts clean and nothing is deleted. Returns where they went, if there
   * were any.
   */
  public static Optional<Path> setAside(Path flinkHome, Instant now) {
    Path target = flinkHome.resolve("previous-" + now.toString().replace(':', '-'));
    boolean moved = false;
    try {
      for (String name : new String[] {"savepoints", "checkpoints"}) {
        Path dir = flinkHome.resolve(name);
        if (Files.isDirectory(dir)) {
          Files.createDirectories(target);
          Files.move(dir, target.resolve(name));
          moved = true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot set aside the state under " + flinkHome, e);
    }
    return moved ? Optional.of(target) : Optional.empty();
  }

  private static FileTime written(Path dir) {
    try {
      return Files.getLastModifiedTime(dir.resolve(METADATA));
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static Stream<Path> children(Path dir) {
    if (!Files.isDirectory(dir)) return Stream.empty();
    try {
      return Files.list(dir).filter(Files::isDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
  }
}
