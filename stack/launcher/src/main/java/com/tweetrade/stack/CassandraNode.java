package com.tweetrade.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real Apache Cassandra 5.0 node in its own JVM: alone on 127.0.0.1, or one node of a ring
 * ({@link ClusterMember}) on its own loopback address, with node 1 as the seed.
 *
 * <p>Data lives under {@code <home>/cassandra} ({@code cassandra-<id>} in a ring) and survives
 * restarts. Nodes of a new ring must join one at a time: start them in order of id, each after the
 * previous one answers.
 */
public final class CassandraNode extends ServerNode {
  /** Local data center name, needed by the 4.x driver's load balancing. */
  public static final String DATACENTER = CassandraConfig.DATACENTER;

  /** SIGTERM lets the node flush; SIGKILL after this. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(40);

  public CassandraNode(StackSettings settings) {
    this(settings, ClusterMember.SINGLE);
  }

  public CassandraNode(StackSettings settings, ClusterMember member) {
    super(settings, member, "Cassandra", settings.cqlPort(), STOP_GRACE);
  }

  /** Starts the node and returns once its CQL port accepts connections. */
  public CassandraNode start() {
    long startedAt = System.nanoTime();
    requireJava17OrOlder();
    requirePortsFree(settings, member);
    List<String> classpath = ServerClasspath.cassandra();
    Path dir = dir("cassandra");
    Path yaml = dir.resolve("cassandra.yaml");
    Path logback = dir.resolve("logback.xml");
    try {
      for (String sub :
          List.of("data", "commitlog", "hints", "saved_caches", "cdc_raw", "triggers")) {
        Files.createDirectories(dir.resolve(sub));
      }
      Files.writeString(yaml, CassandraConfig.yaml(settings, member, dir));
      Files.writeString(logback, CassandraConfig.logback());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare " + dir, e);
    }
    launch(
        CassandraConfig.jvmArgs(
            settings, member, dir, yaml, logback, ServerClasspath.find(classpath, "jamm-")),
        classpath,
        settings.cassandraMetricsPort(),
        JmxExporter.CASSANDRA_BEANS,
        "org.apache.cassandra.service.CassandraDaemon",
        List.of(),
        dir,
        startedAt);
    return this;
  }

  /** Throws, naming the setting to change, when a port the node needs is taken. */
  static void requirePortsFree(StackSettings settings, ClusterMember member) {
    requireFree(member, settings.cqlPort(), "Cassandra (CQL)", Setting.CQL_PORT);
    requireFree(
        member,
        settings.cassandraStoragePort(),
        "Cassandra (storage)",
        Setting.CASSANDRA_STORAGE_PORT);
    Ports.requireFree(
        member.loopbackOnlyPort(settings.cassandraJmxPort()),
        "Cassandra (JMX)",
        Setting.CASSANDRA_JMX_PORT.howToChange());
    requireMetricsPortFree(member, settings.cassandraMetricsPort(), "Cassandra");
  }

  private static void requireJava17OrOlder() {
    int feature = Runtime.version().feature();
    if (feature > 17) {
      throw new IllegalStateException(
          "Cassandra 5.0 runs on Java 11 or 17, but the launcher runs on Java "
              + feature
              + " ("
              + System.getProperty("java.home")
              + "). Set JAVA_HOME to a JDK 17.");
    }
  }

  public InetSocketAddress contactPoint() {
    return new InetSocketAddress(member.host(), settings.cqlPort());
  }
}
