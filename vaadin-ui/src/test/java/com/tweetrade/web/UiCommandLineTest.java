package com.tweetrade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/** Where the UI listens: loopback unless opened on purpose with --bind or TWEETRADE_UI_BIND. */
class UiCommandLineTest {

  @Test
  void shouldListenOnLoopbackByDefault() throws IOException {
    assertThat(serverAddress(Map.of())).isEqualTo("127.0.0.1");
  }

  @Test
  void shouldListenWhereTheEnvironmentSays() throws IOException {
    assertThat(serverAddress(Map.of("TWEETRADE_UI_BIND", "0.0.0.0"))).isEqualTo("0.0.0.0");
  }

  @Test
  void shouldTurnBindIntoSpringsServerAddress() {
    assertThat(
            UiCommandLine.springArguments(new String[] {"--bind", "0.0.0.0", "--server.port=9090"}))
        .containsExactly("--server.address=0.0.0.0", "--server.port=9090");
    assertThat(UiCommandLine.springArguments(new String[] {"--bind=192.0.2.2"}))
        .containsExactly("--server.address=192.0.2.2");
    assertThatThrownBy(() -> UiCommandLine.springArguments(new String[] {"--bind"}))
        .hasMessageContaining("--bind needs an address");
  }

  @Test
  void shouldTurnTheSharedFlagsIntoTheUisProperties() {
    assertThat(
            UiCommandLine.springArguments(
                new String[] {"--kafka", "k:1", "--cql=c:2", "--server.port=9090"}))
        .containsExactly(
            "--tweetrade.kafka-bootstrap=k:1", "--tweetrade.cql=c:2", "--server.port=9090");
    assertThatThrownBy(() -> UiCommandLine.springArguments(new String[] {"--kafka"}))
        .hasMessageContaining("--kafka needs a value");
  }

  @Test
  void shouldStillTakeTheOldSpellingsWithAWarning() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] spring =
        UiCommandLine.springArguments(
            new String[] {"--tweetrade.kafka-bootstrap=k:1", "--tweetrade.cql=c:2"},
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(spring).containsExactly("--tweetrade.kafka-bootstrap=k:1", "--tweetrade.cql=c:2");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(
            "--tweetrade.kafka-bootstrap is deprecated and will be removed in the next release; use"
                + " --kafka")
        .contains(
            "--tweetrade.cql is deprecated and will be removed in the next release; use --cql");
  }

  @Test
  void shouldSayInItsHelpHowToOpenTheUi() {
    assertThat(UiCommandLine.wantsHelp(new String[] {"--help"})).isTrue();
    assertThat(UiCommandLine.USAGE).contains("127.0.0.1", "--bind", "TWEETRADE_UI_BIND");
  }

  /**
   * server.address as application.properties resolves it, with {@code env} as the only environment.
   */
  private static String serverAddress(Map<String, Object> env) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    var sources = environment.getPropertySources();
    sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    sources.addFirst(new MapPropertySource("env", env));
    sources.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
    return environment.getProperty("server.address");
  }
}
