package com.tweetrade.web.base;

import com.tweetrade.model.settings.Settings;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the web UI the shared settings of every part (model's {@link Settings}): Kafka and
 * Cassandra from the environment, else {@code conf/tweetrade.properties}, else the defaults, as
 * {@link TweetradeProperties}' {@code tweetrade.kafka-bootstrap} and {@code tweetrade.cql}, and
 * whether webhooks may reach private addresses ({@code tweetrade.webhooks.allow-private}).
 *
 * <p>The source is added last, so command-line arguments ({@code --kafka}, {@code --cql}; see
 * {@code UiCommandLine}) and test properties still win over it. Registered in {@code
 * META-INF/spring.factories}.
 */
public final class SharedSettingsPostProcessor implements EnvironmentPostProcessor {
  /** Name of the property source. */
  public static final String SOURCE = "tweetradeSharedSettings";

  private final Supplier<Settings> settings;

  public SharedSettingsPostProcessor() {
    this(Settings::load);
  }

  SharedSettingsPostProcessor(Supplier<Settings> settings) {
    this.settings = settings;
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    Settings resolved = settings.get();
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                SOURCE,
                Map.of(
                    "tweetrade.kafka-bootstrap", resolved.kafkaBootstrap(null),
                    "tweetrade.cql", resolved.cql(null),
                    "tweetrade.webhooks.allow-private",
                        Boolean.toString(resolved.allowPrivateWebhooks(false)))));
  }
}
