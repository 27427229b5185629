package com.tweetrade.job.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.model.access.Credentials;
import com.tweetrade.model.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.runtime.executiongraph.failover.RestartBackoffTimeStrategy;
import org.apache.flink.runtime.executiongraph.failover.RestartBackoffTimeStrategyFactoryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigTest {

  @Test
  void shouldUseDefaultsWithoutFlagsOrEnvironment() {
    JobConfig c = JobConfig.parse(new String[0], Map.of());
    assertThat(c).isEqualTo(JobConfig.defaults());
    assertThat(c.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
    assertThat(c.cqlHost()).isEqualTo("127.0.0.1");
    assertThat(c.cqlPort()).isEqualTo(9042);
    assertThat(c.keyspace()).isEqualTo("tweetdb");
    assertThat(c.quotesTopic()).isEqualTo("quotes");
    assertThat(c.tweetsTopic()).isEqualTo("tweets");
    assertThat(c.rulesTopic()).isEqualTo("rules");
    assertThat(c.aggregatesTopic()).isEqualTo("aggregates");
    assertThat(c.deadLettersTopic()).isEqualTo("dead-letters");
    assertThat(c.outOfOrderness()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.idleness()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.pane()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.local()).isFalse();
    assertThat(c.bounded()).isFalse();
    assertThat(c.fromSavepoint()).isEmpty();
  }

  @Test
  void shouldPreferEnvironmentOverDefaultsAndFlagsOverEnvironment() {
    Map<String, String> env = Map.of("TWEETRADE_KAFKA_BOOTSTRAP", "k:1", "TWEETRADE_CQL", "c:2");
    JobConfig fromEnv = JobConfig.parse(new String[0], env);
    assertThat(fromEnv.kafkaBootstrap()).isEqualTo("k:1");
    assertThat(fromEnv.cqlHost()).isEqualTo("c");
    assertThat(fromEnv.cqlPort()).isEqualTo(2);

    JobConfig fromFlags =
        JobConfig.parse(
            new String[] {
              "--kafka",
              "f:3",
              "--cql",
              "g:4",
              "--local",
              "--pane",
              "5s",
              "--out-of-orderness",
              "500ms",
              "--idleness",
              "PT1M",
              "--from-savepoint",
              "/sp/1",
              "--quotes-topic",
              "q",
              "--bounded"
            },
            env);
    assertThat(fromFlags.kafkaBootstrap()).isEqualTo("f:3");
    assertThat(fromFlags.cqlHost()).isEqualTo("g");
    assertThat(fromFlags.cqlPort()).isEqualTo(4);
    assertThat(fromFlags.local()).isTrue();
    assertThat(fromFlags.bounded()).isTrue();
    assertThat(fromFlags.pane()).isEqualTo(Duration.ofSeconds(5));
    assertThat(fromFlags.outOfOrderness()).isEqualTo(Duration.ofMillis(500));
    assertThat(fromFlags.idleness()).isEqualTo(Duration.ofMinutes(1));
    assertThat(fromFlags.fromSavepoint()).contains("/sp/1");
    assertThat(fromFlags.quotesTopic()).isEqualTo("q");
  }

  @Test
  void shouldSignInWithTheCredentialsFileOfTheFlagOrTheEnvironment(@TempDir Path dir) {
    Credentials job = new Credentials("flink-job", "pw-env", Credentials.SCRAM);
    Credentials other = new Credentials("flink-job", "pw-flag", Credentials.SCRAM);
    job.write(dir.resolve("env.properties"));
    other.write(dir.resolve("flag.properties"));
    Map<String, String> env = Map.of(Credentials.ENV, dir.resolve("env.properties").toString());

    assertThat(JobConfig.parse(new String[0], Map.of()).credentials()).isEmpty();
    assertThat(JobConfig.parse(new String[0], env).credentials()).contains(job);
    assertThat(
            JobConfig.parse(
                    new String[] {"--credentials", dir.resolve("flag.properties").toString()}, env)
                .credentials())
        .contains(other);
    assertThatThrownBy(
            () ->
                JobConfig.parse(
                    new String[] {"--credentials", dir.resolve("none").toString()}, Map.of()))
        .hasMessageContaining("Cannot read the credentials file");
  }

  @Test
  void shouldTakeEveryContactPointOfARing() {
    JobConfig ring =
        JobConfig.parse(
            new String[] {"--cql", "127.0.0.1:9042,127.0.0.2:9042,127.0.0.3"}, Map.of());

    assertThat(ring.cqlHost()).isEqualTo("127.0.0.1,127.0.0.2,127.0.0.3");
    assertThat(ring.cqlPort()).isEqualTo(9042);
    assertThat(ring.cqlHostPorts()).isEqualTo("127.0.0.1:9042,127.0.0.2:9042,127.0.0.3:9042");
    assertThatThrownBy(() -> JobConfig.parse(new String[] {"--cql", "a:9042,b:9043"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share one port");
  }

  @Test
  void shouldRefuseBadValues() {
    assertThatThrownBy(() -> JobConfig.parse(new String[] {"--cql", "host:port"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected host:port");
    assertThatThrownBy(() -> JobConfig.parse(new String[] {"--pane", "ten"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a duration");
    assertThatThrownBy(() -> JobConfig.parse(new String[] {"--pane", "0s"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pane");
    assertThatThrownBy(() -> JobConfig.parse(new String[] {"--no-such-flag"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRecogniseHelp() {
    assertThat(JobOptions.wantsHelp(new String[] {"--help"})).isTrue();
    assertThat(JobOptions.wantsHelp(new String[] {"--local"})).isFalse();
    assertThat(JobOptions.usage())
        .contains("--kafka", "--cql", "--local", "--from-savepoint", "--pane");
  }

  @Test
  void shouldLoadTheProjectFlinkConfWithLocalDirectories(@TempDir Path home) {
    Configuration conf =
        LocalFlinkConfiguration.load(
            Map.of("TWEETRADE_HOME", home.toString()), Optional.of("file:///sp/7"));
    assertThat(conf.get(RestOptions.PORT)).isEqualTo(8081);
    assertThat(conf.get(PipelineOptions.GENERIC_TYPES)).isFalse();
    assertThat(conf.get(CheckpointingOptions.CHECKPOINTS_DIRECTORY))
        .isEqualTo(home.resolve("flink/checkpoints").toUri().toString());
    assertThat(conf.get(CheckpointingOptions.SAVEPOINT_DIRECTORY))
        .isEqualTo(home.resolve("flink/savepoints").toUri().toString());
    assertThat(conf.get(StateRecoveryOptions.SAVEPOINT_PATH)).isEqualTo("file:///sp/7");
    // Issue 14: trades become visible to read_committed readers at checkpoints, so about every
    // second.
    assertThat(conf.toMap())
        .containsEntry("execution.checkpointing.interval", "1 s")
        .containsEntry("execution.checkpointing.min-pause", "500 ms");
    // Issue 15: no jar upload and run through the REST API, and no cross-origin callers.
    assertThat(conf.get(WebOptions.SUBMIT_ENABLE)).isFalse();
    assertThat(conf.get(WebOptions.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("http://127.0.0.1:8081");
  }

  @Test
  void shouldKeepRestartingWithBackOffThroughAnOutageOfAnyLength(@TempDir Path home) {
    Configuration conf =
        LocalFlinkConfiguration.load(Map.of("TWEETRADE_HOME", home.toString()), Optional.empty());
    RestartBackoffTimeStrategy restarts =
        RestartBackoffTimeStrategyFactoryLoader.createRestartBackoffTimeStrategyFactory(
                new ExecutionConfig().getRestartStrategy(), new Configuration(), conf, true)
            .create();
    // An hour of failures one after another (the old setting gave up after 10, about 5 minutes).
    long waited = 0;
    for (int failure = 1; waited < 3_600_000; failure++) {
      restarts.notifyFailure(new IllegalStateException("Cassandra is down, failure " + failure));
      assertThat(restarts.canRestart()).as("restart after failure %d", failure).isTrue();
      // The time left until the restart: 1 s minus jitter minus the moments since the failure, at
      // least.
      long backoff = restarts.getBackoffTime();
      assertThat(backoff).isBetween(1L, 66_000L);
      waited += Math.max(backoff, 900);
    }
  }

  @Test
  void shouldTakeWhatOnlyTheSettingsFileSays(@TempDir Path root) throws Exception {
    new Credentials("flink-job", "pw-file", Credentials.SCRAM)
        .write(root.resolve("secrets/job.properties"));
    Files.createDirectories(root.resolve("conf"));
    Files.writeString(
        root.resolve(Settings.FILE),
        "kafka.bootstrap=file-kafka:9192\ncassandra.cql=file-cql:9142\n"
            + "tweetrade.home=data\ncredentials.file=secrets/job.properties\n");
    Settings settings = Settings.of(root, Map.of());

    JobConfig c = JobOptions.parse(new String[0], settings);

    assertThat(c.kafkaBootstrap()).isEqualTo("file-kafka:9192");
    assertThat(c.cqlHost()).isEqualTo("file-cql");
    assertThat(c.cqlPort()).isEqualTo(9142);
    assertThat(c.credentials()).map(Credentials::password).contains("pw-file");
    assertThat(LocalFlinkConfiguration.flinkHome(settings))
        .isEqualTo(root.resolve("data/flink").toAbsolutePath());
    assertThat(JobOptions.parse(new String[] {"--kafka", "flag:1"}, settings).kafkaBootstrap())
        .isEqualTo("flag:1");
  }
}
