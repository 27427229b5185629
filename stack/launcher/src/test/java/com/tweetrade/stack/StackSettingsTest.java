package com.tweetrade.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackSettingsTest {
  private static final Path ROOT = Path.of("/opt/tweetrade");

  @Test
  void shouldUseDefaultsWhenNothingIsSet() {
    StackSettings settings = StackSettings.from(ROOT, new Properties(), Map.of());

    assertThat(settings.home()).isEqualTo(Path.of("/opt/tweetrade/var"));
    assertThat(settings.kafkaPort()).isEqualTo(9092);
    assertThat(settings.kafkaControllerPort()).isEqualTo(9093);
    assertThat(settings.cqlPort()).isEqualTo(9042);
    assertThat(settings.cassandraStoragePort()).isEqualTo(7000);
    assertThat(settings.cassandraJmxPort()).isEqualTo(7199);
    assertThat(settings.metricsPort()).isEqualTo(9404);
    assertThat(settings.cassandraMetricsPort()).isEqualTo(9405);
    assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
    assertThat(settings.cqlHostPort()).isEqualTo("127.0.0.1:9042");
    assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(240));
  }

  @Test
  void shouldTakeTheFileOverDefaultsAndTheEnvironmentOverTheFile() {
    Properties file = new Properties();
    file.setProperty("kafka.port", "19092");
    file.setProperty("cassandra.cql.port", "19042");
    file.setProperty("tweetrade.home", "data");

    StackSettings settings = StackSettings.from(ROOT, file, Map.of("TWEETRADE_CQL_PORT", "29042"));

    assertThat(settings.kafkaPort()).isEqualTo(19092);
    assertThat(settings.cqlPort()).isEqualTo(29042);
    assertThat(settings.home()).isEqualTo(Path.of("/opt/tweetrade/data"));
  }

  @Test
  void shouldReadTheHomeFromTheSettingsFileOfTheRoot(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("conf"));
    Files.writeString(
        root.resolve(StackSettings.SETTINGS_FILE), "tweetrade.home=elsewhere\nkafka.port=19092\n");

    StackSettings settings = StackSettings.load(root);

    assertThat(settings.home()).isEqualTo(root.resolve("elsewhere").toAbsolutePath());
    assertThat(settings.kafkaPort()).isEqualTo(19092);
  }

  @Test
  void shouldKeepAnAbsoluteHome() {
    StackSettings settings =
        StackSettings.from(ROOT, new Properties(), Map.of("TWEETRADE_HOME", "/srv/tt"));

    assertThat(settings.home()).isEqualTo(Path.of("/srv/tt"));
    assertThat(settings.logsDir()).isEqualTo(Path.of("/srv/tt/logs"));
  }

  @Test
  void shouldNameTheSettingWhenAPortIsInvalid() {
    assertThatThrownBy(
            () ->
                StackSettings.from(ROOT, new Properties(), Map.of("TWEETRADE_KAFKA_PORT", "kafka")))
        .hasMessageContaining("kafka.port")
        .hasMessageContaining("TWEETRADE_KAFKA_PORT")
        .hasMessageContaining("'kafka'");
    assertThatThrownBy(
            () -> StackSettings.from(ROOT, new Properties(), Map.of("TWEETRADE_CQL_PORT", "70000")))
        .hasMessageContaining("cassandra.cql.port");
  }

  @Test
  void shouldPickDistinctRandomPortsForTests() {
    StackSettings settings = StackSettings.randomPorts(Path.of("/tmp/x"));

    assertThat(
            java.util.Set.of(
                settings.kafkaPort(),
                settings.kafkaControllerPort(),
                settings.cqlPort(),
                settings.cassandraStoragePort(),
                settings.cassandraJmxPort()))
        .hasSize(5)
        .doesNotContain(9092, 9042);
  }
}
