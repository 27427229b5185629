package com.tweetrade.model.settings;

import picocli.CommandLine.Option;

/**
 * The {@code --cql} flag of every command that talks to Cassandra (a picocli mixin); its value, if
 * given, wins over {@link Settings}' environment, file and default.
 */
public final class CqlOption {
  @Option(
      names = "--cql",
      paramLabel = "HOST:PORT[,HOST:PORT...]",
      description =
          "Cassandra contact points: one node, or several of a ring (env TWEETRADE_CQL, "
              + "cassandra.cql in conf/tweetrade.properties, default 127.0.0.1:9042).")
  String value;

  /** The flag's value, or null when it was not given. */
  public String flag() {
    return value;
  }

  /**
   * The contact point {@code host:port}: this flag, else {@code settings}' environment, file and
   * default.
   */
  public String resolve(Settings settings) {
    return settings.cql(value);
  }
}
