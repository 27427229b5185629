package com.tweetrade.model.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Every shared setting resolves flag, then environment, then conf/tweetrade.properties, then
 * default.
 */
class SettingsTest {
  @TempDir Path root;

  @Test
  void shouldResolveFlagThenEnvironmentThenFileThenDefault() {
    Properties file = new Properties();
    file.setProperty("kafka.bootstrap", "file:1");
    file.setProperty("cassandra.cql", "file:2");
    Map<String, String> env = Map.of("TWEETRADE_KAFKA_BOOTSTRAP", "env:1");

    Settings settings = Settings.of(root, file, env);

    assertThat(settings.kafkaBootstrap("flag:1")).isEqualTo("flag:1");
    assertThat(settings.kafkaBootstrap(null)).isEqualTo("env:1");
    assertThat(settings.cql(null)).isEqualTo("file:2");
    assertThat(Settings.of(root, new Properties(), Map.of()).kafkaBootstrap(null))
        .isEqualTo("127.0.0.1:9092");
    assertThat(Settings.of(root, new Properties(), Map.of()).cql(" ")).isEqualTo("127.0.0.1:9042");
  }

  @Test
  void shouldAllowPrivateWebhooksOnlyWhenTheFlagEnvironmentOrFileSaysSo() {
    Properties file = new Properties();
    file.setProperty("webhooks.allow-private", "true");
    Map<String, String> envOff = Map.of("TWEETRADE_ALLOW_PRIVATE_WEBHOOKS", "false");

    assertThat(Settings.of(root, new Properties(), Map.of()).allowPrivateWebhooks(false)).isFalse();
    assertThat(Settings.of(root, new Properties(), Map.of()).allowPrivateWebhooks(true)).isTrue();
    assertThat(Settings.of(root, file, Map.of()).allowPrivateWebhooks(false)).isTrue();
    assertThat(Settings.of(root, file, envOff).allowPrivateWebhooks(false)).isFalse();
    assertThatThrownBy(
            () ->
                Settings.of(
                        root, new Properties(), Map.of("TWEETRADE_ALLOW_PRIVATE_WEBHOOKS", "yes"))
                    .allowPrivateWebhooks(false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "TWEETRADE_ALLOW_PRIVATE_WEBHOOKS / webhooks.allow-private must be true or false, was"
                + " 'yes'");
  }

  @Test
  void shouldResolveHomeAgainstTheRootAndCredentialsOnlyWhenNamed() {
    Properties file = new Properties();
    file.setProperty("tweetrade.home", "data");
    file.setProperty("credentials.file", "secrets/me.properties");

    Settings fromFile = Settings.of(root, file, Map.of());
    Settings none = Settings.of(root, new Properties(), Map.of());

    assertThat(none.home(null)).isEqualTo(root.resolve("var").toAbsolutePath());
    assertThat(fromFile.home(null)).isEqualTo(root.resolve("data").toAbsolutePath());
    assertThat(Settings.of(root, file, Map.of("TWEETRADE_HOME", "/srv/tt")).home(null))
        .isEqualTo(Path.of("/srv/tt"));
    assertThat(fromFile.home(Path.of("/flag"))).isEqualTo(Path.of("/flag"));
    assertThat(none.credentialsFile(null)).isEmpty();
    assertThat(fromFile.credentialsFile(null))
        .contains(root.resolve("secrets/me.properties").toAbsolutePath());
    assertThat(
            Settings.of(root, file, Map.of("TWEETRADE_CREDENTIALS_FILE", "/e.properties"))
                .credentialsFile(null))
        .contains(Path.of("/e.properties"));
    assertThat(fromFile.credentialsFile(Path.of("f.properties"))).contains(Path.of("f.properties"));
  }

  @Test
  void shouldReadTheSettingsFileOfTheProjectRoot() throws Exception {
    Files.writeString(root.resolve(ProjectRoot.MARKER), "-- x");
    Files.createDirectories(root.resolve("conf"));
    Files.writeString(root.resolve(Settings.FILE), "kafka.bootstrap=only-in-file:9092\n");

    assertThat(Settings.of(root, Map.of()).kafkaBootstrap(null)).isEqualTo("only-in-file:9092");
    assertThat(Settings.of(root, Map.of()).base()).isEqualTo(root.toAbsolutePath());
  }

  @Test
  void shouldNameEachSettingOnceAndSayWhereItComesFrom() {
    assertThat(SharedSetting.KAFKA.flag()).isEqualTo("--kafka");
    assertThat(SharedSetting.KAFKA.deprecatedFlags())
        .contains("--bootstrap", "--tweetrade.kafka-bootstrap");
    assertThat(SharedSetting.CQL.sources())
        .isEqualTo(
            "env TWEETRADE_CQL, cassandra.cql in conf/tweetrade.properties, default"
                + " 127.0.0.1:9042");
    // The help texts of the flags are constants (annotations): they must say the same.
    var spec = new CommandLine(new Tool()).getCommandSpec();
    for (SharedSetting setting : new SharedSetting[] {SharedSetting.KAFKA, SharedSetting.CQL}) {
      assertThat(spec.findOption(setting.flag()).description()[0]).contains(setting.sources());
    }
    assertThat(spec.findOption("--bootstrap").hidden()).isTrue();
  }

  @Test
  void shouldAcceptTheOldKafkaFlagWithADeprecationWarning() {
    StringWriter err = new StringWriter();
    Tool tool = new Tool();
    new CommandLine(tool).setErr(new PrintWriter(err)).parseArgs("--bootstrap", "old:1");
    assertThat(tool.kafka.resolve(Settings.of(root, new Properties(), Map.of())))
        .isEqualTo("old:1");
    assertThat(err.toString())
        .contains("--bootstrap is deprecated and will be removed in the next release; use --kafka");

    Tool current = new Tool();
    new CommandLine(current).parseArgs("--kafka", "new:1", "--cql", "c:2");
    assertThat(current.kafka.flag()).isEqualTo("new:1");
    assertThat(current.cql.resolve(Settings.of(root, new Properties(), Map.of()))).isEqualTo("c:2");
  }

  @Command(name = "tool")
  static final class Tool {
    @Mixin KafkaOption kafka;
    @Mixin CqlOption cql;
  }
}
