package com.tweetrade.model.settings;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --kafka} flag of every command that talks to Kafka (a picocli mixin); its value, if
 * given, wins over {@link Settings}' environment, file and default. {@code --bootstrap} is still
 * read, with a deprecation warning, until the next release.
 */
public final class KafkaOption {
  @Option(
      names = "--kafka",
      paramLabel = "HOST:PORT",
      description =
          "Kafka bootstrap servers (env TWEETRADE_KAFKA_BOOTSTRAP, kafka.bootstrap in"
              + " conf/tweetrade.properties, default 127.0.0.1:9092).")
  String value;

  /** The command that mixes this in: the deprecation warning goes to its stderr writer. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--bootstrap",
      paramLabel = "HOST:PORT",
      hidden = true,
      description = "Deprecated: --kafka.")
  void deprecatedBootstrap(String bootstrap) {
    mixee.commandLine().getErr().println(SharedSetting.KAFKA.deprecationWarning("--bootstrap"));
    value = bootstrap;
  }

  /** The flag's value, or null when it was not given. */
  public String flag() {
    return value;
  }

  /** The bootstrap servers: this flag, else {@code settings}' environment, file and default. */
  public String resolve(Settings settings) {
    return settings.kafkaBootstrap(value);
  }
}
