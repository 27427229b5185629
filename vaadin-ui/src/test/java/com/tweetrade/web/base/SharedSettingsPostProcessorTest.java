package com.tweetrade.web.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The UI's Kafka and Cassandra: flags, then environment, then conf/tweetrade.properties, then
 * defaults.
 */
class SharedSettingsPostProcessorTest {
  @TempDir Path root;

  @Test
  void shouldTakeWhatOnlyTheSettingsFileSays() throws Exception {
    writeSettingsFile("kafka.bootstrap=file-kafka:9192\ncassandra.cql=file-cql:9142\n");

    TweetradeProperties properties = bind(environment(Map.of()));

    assertThat(properties.kafkaBootstrap()).isEqualTo("file-kafka:9192");
    assertThat(properties.cql()).isEqualTo("file-cql:9142");
  }

  @Test
  void shouldPreferTheEnvironmentAndTheCommandLineOverTheFile() throws Exception {
    writeSettingsFile("kafka.bootstrap=file-kafka:9192\ncassandra.cql=file-cql:9142\n");
    Map<String, String> env =
        Map.of("TWEETRADE_KAFKA_BOOTSTRAP", "env-kafka:1", "TWEETRADE_CQL", "env-cql:2");

    StandardEnvironment fromEnv = environment(env);
    StandardEnvironment fromFlags = environment(env);
    fromFlags
        .getPropertySources()
        .addFirst(
            new SimpleCommandLinePropertySource(
                "--tweetrade.kafka-bootstrap=flag-kafka:3", "--tweetrade.cql=flag-cql:4"));

    assertThat(bind(fromEnv).kafkaBootstrap()).isEqualTo("env-kafka:1");
    assertThat(bind(fromEnv).cql()).isEqualTo("env-cql:2");
    assertThat(bind(fromFlags).kafkaBootstrap()).isEqualTo("flag-kafka:3");
    assertThat(bind(fromFlags).cql()).isEqualTo("flag-cql:4");
  }

  @Test
  void shouldFallBackToTheDefaults() {
    TweetradeProperties properties = bind(environment(Map.of()));
    assertThat(properties.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
    assertThat(properties.cql()).isEqualTo("127.0.0.1:9042");
  }

  @Test
  void shouldBeRegisteredWithSpringBoot() throws Exception {
    String registered =
        PropertiesLoaderUtils.loadProperties(new ClassPathResource("META-INF/spring.factories"))
            .getProperty(EnvironmentPostProcessor.class.getName());
    assertThat(registered).isEqualTo(SharedSettingsPostProcessor.class.getName());
  }

  private void writeSettingsFile(String text) throws Exception {
    Files.createDirectories(root.resolve("conf"));
    Files.writeString(root.resolve(Settings.FILE), text);
  }

  /** application.properties and the shared settings, with {@code env} as the only environment. */
  private StandardEnvironment environment(Map<String, String> env) {
    StandardEnvironment environment = new StandardEnvironment();
    var sources = environment.getPropertySources();
    sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    sources.addFirst(new MapPropertySource("env", Map.copyOf(env)));
    try {
      sources.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    new SharedSettingsPostProcessor(() -> Settings.of(root, env))
        .postProcessEnvironment(environment, null);
    return environment;
  }

  private static TweetradeProperties bind(StandardEnvironment environment) {
    return Binder.get(environment).bind("tweetrade", TweetradeProperties.class).get();
  }
}
