package com.tweetrade.model.settings;

import static com.tweetrade.model.settings.RestorePointFixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestorePointsTest {
  @TempDir Path home;

  @Test
  void shouldPickTheNewestCompleteSavepointOrCheckpoint() throws Exception {
    Path flink = home.resolve("flink");
    assertThat(RestorePoints.latest(flink)).isEmpty();
    Path savepoint = point(flink.resolve("savepoints/savepoint-abc"), 1_000);
    Path checkpoint = point(flink.resolve("checkpoints/job-1/chk-7"), 2_000);
    Files.createDirectories(
        flink.resolve("checkpoints/job-1/chk-8")); // being written: no _metadata yet
    assertThat(RestorePoints.latest(flink)).contains(checkpoint);
    point(savepoint, 3_000);
    assertThat(RestorePoints.latest(flink)).contains(savepoint);
  }

  @Test
  void shouldSetTheStateAsideWithoutDeletingIt() throws Exception {
    Path flink = home.resolve("flink");
    assertThat(RestorePoints.setAside(flink, Instant.EPOCH)).isEmpty();
    point(flink.resolve("savepoints/savepoint-abc"), 1_000);
    Path aside = RestorePoints.setAside(flink, Instant.EPOCH).orElseThrow();
    assertThat(aside.resolve("savepoints/savepoint-abc/_metadata")).exists();
    assertThat(RestorePoints.latest(flink)).isEmpty();
  }
}
