package com.tweetrade.job.config;

import static com.tweetrade.model.settings.RestorePointFixtures.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.model.settings.RestorePoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code job --local --resume / --fresh}: which restore point the local run takes. */
class RestoreFlagsTest {
  @TempDir Path home;

  @Test
  void shouldResumeFromTheNewestWithResumeAndSetTheStateAsideWithFresh() throws Exception {
    Path checkpoint = point(home.resolve("flink/checkpoints/job-1/chk-3"), 1_000);
    Map<String, String> env = Map.of(LocalFlinkConfiguration.ENV_HOME, home.toString());

    assertThat(JobConfig.parse(new String[] {"--local", "--resume"}, env).fromSavepoint())
        .contains(checkpoint.toString());
    assertThat(JobConfig.parse(new String[] {"--local", "--fresh"}, env).fromSavepoint()).isEmpty();
    assertThat(RestorePoints.latest(home.resolve("flink"))).isEmpty();
    try (var previous = Files.list(home.resolve("flink"))) {
      Path aside =
          previous
              .filter(p -> p.getFileName().toString().startsWith("previous-"))
              .findFirst()
              .orElseThrow();
      assertThat(aside.resolve("checkpoints/job-1/chk-3/_metadata")).exists();
    }
    assertThat(JobConfig.parse(new String[] {"--local", "--resume"}, env).fromSavepoint())
        .isEqualTo(Optional.empty());
  }

  @Test
  void shouldRefuseContradictoryRestoreFlags() {
    Map<String, String> env = Map.of(LocalFlinkConfiguration.ENV_HOME, home.toString());
    assertThatThrownBy(() -> JobConfig.parse(new String[] {"--local", "--resume", "--fresh"}, env))
        .hasMessage("--resume, --fresh and --from-savepoint exclude each other");
    assertThatThrownBy(() -> JobConfig.parse(new String[] {"--resume"}, env))
        .hasMessage("--resume is for the local run: add --local");
  }
}
