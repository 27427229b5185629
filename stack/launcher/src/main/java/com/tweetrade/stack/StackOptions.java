package com.tweetrade.stack;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Command-line flags shared by {@code stack} and {@code up}; a flag wins over env and file. */
public final class StackOptions {
  @Option(
      names = "--home",
      description =
          "Data and logs directory (env TWEETRADE_HOME, tweetrade.home in"
              + " conf/tweetrade.properties, default <root>/var).")
  Path home;

  @Option(
      names = "--kafka-port",
      description = "Kafka client port (env TWEETRADE_KAFKA_PORT, default 9092).")
  Integer kafkaPort;

  @Option(
      names = "--kafka-controller-port",
      description = "KRaft controller port (env TWEETRADE_KAFKA_CONTROLLER_PORT, default 9093).")
  Integer kafkaControllerPort;

  @Option(
      names = "--cql-port",
      description = "Cassandra CQL port (env TWEETRADE_CQL_PORT, default 9042).")
  Integer cqlPort;

  @Option(
      names = "--cassandra-storage-port",
      description = "Cassandra storage port (env TWEETRADE_CASSANDRA_STORAGE_PORT, default 7000).")
  Integer cassandraStoragePort;

  @Option(
      names = "--cassandra-jmx-port",
      description = "Cassandra JMX port (env TWEETRADE_CASSANDRA_JMX_PORT, default 7199).")
  Integer cassandraJmxPort;

  /** {@link StackSettings#load()} with the flags that were given applied on top. */
  public StackSettings settings() {
    return applyTo(StackSettings.load());
  }

  /** Settings with {@code root} as project root, with the flags that were given applied on top. */
  public StackSettings settings(Path root) {
    return applyTo(StackSettings.load(root));
  }

  private StackSettings applyTo(StackSettings base) {
    return new StackSettings(
        home != null ? home.toAbsolutePath().normalize() : base.home(),
        kafkaPort != null ? kafkaPort : base.kafkaPort(),
        kafkaControllerPort != null ? kafkaControllerPort : base.kafkaControllerPort(),
        cqlPort != null ? cqlPort : base.cqlPort(),
        cassandraStoragePort != null ? cassandraStoragePort : base.cassandraStoragePort(),
        cassandraJmxPort != null ? cassandraJmxPort : base.cassandraJmxPort(),
        base.metricsPort(),
        base.kafkaHeap(),
        base.cassandraHeap(),
        base.startTimeout(),
        base.secured());
  }
}
