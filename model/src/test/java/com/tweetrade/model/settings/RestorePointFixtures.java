package com.tweetrade.model.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * Restore points on disk for tests of {@link RestorePoints} and of the flags that use it (shared
 * through model's test jar).
 */
public final class RestorePointFixtures {
  private RestorePointFixtures() {}

  /**
   * A complete savepoint or checkpoint: {@code dir} with a {@code _metadata} file last modified at
   * {@code modifiedMillis}.
   */
  public static Path point(Path dir, long modifiedMillis) throws Exception {
    Files.createDirectories(dir);
    Path metadata = dir.resolve("_metadata");
    Files.writeString(metadata, "x");
    Files.setLastModifiedTime(metadata, FileTime.from(Instant.ofEpochMilli(modifiedMillis)));
    return dir;
  }
}
