package com.tweetrade.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prometheus's JMX exporter (the maintained {@code jmx_prometheus_javaagent} from Maven Central) in
 * a broker's or Cassandra node's JVM: {@code http://<node address>:<port>/metrics} serves the
 * MBeans an operator watches, and only those (a node has thousands).
 */
final class JmxExporter {
  static final String JAR_PREFIX = "jmx_prometheus_javaagent-";

  /** Requests, replication, the controller, log flushes, and the JVM's memory and GC. */
  static final List<String> KAFKA_BEANS =
      List.of(
          "kafka.server:*",
          "kafka.controller:*",
          "kafka.network:type=RequestMetrics,*",
          "kafka.log:type=LogFlushStats,*",
          "java.lang:type=Memory",
          "java.lang:type=GarbageCollector,*");

  /** Client request latencies and failures, storage, compaction, thread pools, drops, the JVM. */
  static final List<String> CASSANDRA_BEANS =
      List.of(
          "org.apache.cassandra.metrics:type=ClientRequest,*",
          "org.apache.cassandra.metrics:type=Storage,*",
          "org.apache.cassandra.metrics:type=Compaction,*",
          "org.apache.cassandra.metrics:type=ThreadPools,*",
          "org.apache.cassandra.metrics:type=DroppedMessage,*",
          "org.apache.cassandra.metrics:type=Client,*",
          "java.lang:type=Memory",
          "java.lang:type=GarbageCollector,*");

  private JmxExporter() {}

  /**
   * The {@code -javaagent} flag serving {@code beans} on {@code host:port}, with its config written
   * to {@code dir}; empty when {@code port} is 0 (exporters off).
   */
  static Optional<String> agentFlag(
      List<String> classpath, Path dir, String host, int port, List<String> beans) {
    if (port == 0) return Optional.empty();
    Path config = dir.resolve("jmx-exporter.yaml");
    List<String> lines =
        new ArrayList<>(List.of("lowercaseOutputName: true", "includeObjectNames:"));
    beans.forEach(bean -> lines.add("  - \"" + bean + "\""));
    try {
      Files.writeString(config, String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + config, e);
    }
    String jar = ServerClasspath.find(classpath, JAR_PREFIX);
    return Optional.of("-javaagent:" + jar + "=" + host + ":" + port + ":" + config);
  }

  /** The server's classpath without the agent's jar (the JVM loads it as an agent). */
  static List<String> withoutAgent(List<String> classpath) {
    return classpath.stream().filter(entry -> !entry.contains(JAR_PREFIX)).toList();
  }
}
