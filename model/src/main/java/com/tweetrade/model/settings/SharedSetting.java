package com.tweetrade.model.settings;

import java.util.List;
import java.util.Optional;

/**
 * The settings every part of TweeTrade shares, each with one flag, one environment variable, one
 * key in {@code conf/tweetrade.properties} and one default; {@link Settings} resolves them.
 *
 * <p>Old flag spellings are still accepted for one release, with a warning ({@link
 * #deprecatedFlags()}).
 */
public enum SharedSetting {
  /** Kafka bootstrap servers. */
  KAFKA(
      "--kafka",
      "TWEETRADE_KAFKA_BOOTSTRAP",
      "kafka.bootstrap",
      "127.0.0.1:9092",
      List.of("--bootstrap", "--tweetrade.kafka-bootstrap")),
  /** Cassandra contact point, {@code host:port}. */
  CQL("--cql", "TWEETRADE_CQL", "cassandra.cql", "127.0.0.1:9042", List.of("--tweetrade.cql")),
  /**
   * Data and logs of the local stack, of {@code up} and of the local job run; relative to the
   * project root.
   */
  HOME("--home", "TWEETRADE_HOME", "tweetrade.home", "var", List.of()),
  /**
   * The credentials file a part signs in with on a secured stack (a file name, never a password);
   * no default.
   */
  CREDENTIALS_FILE(
      "--credentials", "TWEETRADE_CREDENTIALS_FILE", "credentials.file", null, List.of()),
  /**
   * Whether webhook URLs may reach loopback, link-local and private addresses (the web UI checks
   * them when saved, the notifier before every delivery); off by default.
   */
  ALLOW_PRIVATE_WEBHOOKS(
      "--allow-private-webhooks",
      "TWEETRADE_ALLOW_PRIVATE_WEBHOOKS",
      "webhooks.allow-private",
      "false",
      List.of());

  private final String flag;
  private final String env;
  private final String key;
  private final String defaultValue;
  private final List<String> deprecatedFlags;

  SharedSetting(
      String flag, String env, String key, String defaultValue, List<String> deprecatedFlags) {
    this.flag = flag;
    this.env = env;
    this.key = key;
    this.defaultValue = defaultValue;
    this.deprecatedFlags = deprecatedFlags;
  }

  /** The one flag name of every command that takes this setting. */
  public String flag() {
    return flag;
  }

  /** Name of the environment variable. */
  public String env() {
    return env;
  }

  /** Key in {@code conf/tweetrade.properties}. */
  public String key() {
    return key;
  }

  /** Value used when no flag, variable or file sets it; empty for the credentials file. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** Spellings of the flag accepted until the next release, with a warning on stderr. */
  public List<String> deprecatedFlags() {
    return deprecatedFlags;
  }

  /** What a help text says of it: "env X, X in conf/tweetrade.properties, default D". */
  public String sources() {
    return "env "
        + env
        + ", "
        + key
        + " in "
        + Settings.FILE
        + (defaultValue == null ? "" : ", default " + defaultValue);
  }

  /** The warning printed when {@code spelling} (one of {@link #deprecatedFlags()}) is used. */
  public String deprecationWarning(String spelling) {
    return "tweetrade: "
        + spelling
        + " is deprecated and will be removed in the next release; use "
        + flag;
  }
}
