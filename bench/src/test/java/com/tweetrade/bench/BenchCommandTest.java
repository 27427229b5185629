package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.settings.Settings;
import com.tweetrade.model.settings.SharedSetting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bench measures a running Kafka and Cassandra named by flag, environment or settings file,
 * else its own.
 */
class BenchCommandTest {

  @Test
  void shouldTakeRunningServersFromTheFlagElseTheEnvironmentElseTheSettingsFile(@TempDir Path root)
      throws Exception {
    Files.createDirectories(root.resolve("conf"));
    Files.writeString(
        root.resolve(Settings.FILE),
        "kafka.bootstrap=file-kafka:9192\ncassandra.cql=file-cql:9142\n");
    Settings fromFile = Settings.of(root, Map.of());
    Settings fromEnv = Settings.of(root, Map.of("TWEETRADE_CQL", "env-cql:1"));
    BenchCommand flags = new BenchCommand();
    new CommandLine(flags).parseArgs("--kafka", "flag-kafka:1");

    assertThat(BenchCommand.given(flags.kafka, SharedSetting.KAFKA, fromFile))
        .isEqualTo("flag-kafka:1");
    assertThat(BenchCommand.given(flags.cql, SharedSetting.CQL, fromFile))
        .isEqualTo("file-cql:9142");
    assertThat(BenchCommand.given(flags.cql, SharedSetting.CQL, fromEnv)).isEqualTo("env-cql:1");
  }

  @Test
  void shouldStartItsOwnStackWhenNothingNamesOne(@TempDir Path root) {
    Settings none = Settings.of(root, new Properties(), Map.of());
    assertThat(BenchCommand.given(null, SharedSetting.KAFKA, none)).isNull();
    assertThat(BenchCommand.given(null, SharedSetting.CQL, none)).isNull();
  }
}
