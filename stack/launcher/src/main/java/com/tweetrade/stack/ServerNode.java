package com.tweetrade.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A server in its own JVM ({@link KafkaNode}, {@link CassandraNode}): ready once its port accepts
 * connections, timed from the start, stopped by {@link #close()}.
 */
abstract sealed class ServerNode implements AutoCloseable permits KafkaNode, CassandraNode {
  final StackSettings settings;
  final ClusterMember member;
  private final String service;
  private final int port;
  private final Duration stopGrace;
  private ChildJvm process;
  private Duration startupTime = Duration.ZERO;

  /**
   * @param member which node of the stack this is (its address, names and directories)
   * @param service the name in messages, e.g. {@code Kafka}; in lower case (with the node's id in a
   *     cluster) it names the process and its log file
   * @param port the port that accepts connections once the server is ready
   * @param stopGrace how long {@link #close()} waits after SIGTERM before SIGKILL
   */
  ServerNode(
      StackSettings settings, ClusterMember member, String service, int port, Duration stopGrace) {
    this.settings = settings;
    this.member = member;
    this.service = member.clustered() ? service + " " + member.id() : service;
    this.port = port;
    this.stopGrace = stopGrace;
  }

  /**
   * Starts the server's JVM in {@code dir}, with the JMX exporter serving {@code beans} on {@code
   * metricsPort} (0: none), and returns once its port accepts connections; {@link #startupTime()}
   * counts from {@code startedAt} ({@link System#nanoTime()}).
   */
  final void launch(
      List<String> jvmArgs,
      List<String> classpath,
      int metricsPort,
      List<String> beans,
      String mainClass,
      List<String> args,
      Path dir,
      long startedAt) {
    List<String> allJvmArgs = new ArrayList<>(jvmArgs);
    JmxExporter.agentFlag(classpath, dir, member.host(), metricsPort, beans)
        .ifPresent(allJvmArgs::add);
    process =
        ChildJvm.start(
            processName(),
            0,
            allJvmArgs,
            JmxExporter.withoutAgent(classpath),
            mainClass,
            args,
            Map.of(),
            dir,
            logFile());
    Readiness.awaitPort(process, member.host(), port, settings.startTimeout(), service);
    startupTime = Duration.ofNanos(System.nanoTime() - startedAt);
  }

  /** Throws, naming {@code setting} as the one to change, when the member's port is taken. */
  static void requireFree(ClusterMember member, int port, String service, Setting setting) {
    Ports.requireFree(member.host(), port, service, setting.howToChange());
  }

  /** As {@link #requireFree}, for the JMX exporter's port (0: no exporter). */
  static void requireMetricsPortFree(ClusterMember member, int metricsPort, String service) {
    if (metricsPort != 0) {
      requireFree(member, metricsPort, service + "'s metrics exporter", Setting.METRICS_PORT);
    }
  }

  private String processName() {
    return service.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  public ClusterMember member() {
    return member;
  }

  /** The node's own directory under the home: {@code kafka}, or {@code kafka-2} in a cluster. */
  final Path dir(String base) {
    return member.dir(settings.home(), base);
  }

  public Path logFile() {
    return settings.logsDir().resolve(processName() + ".log");
  }

  /** From the start to the open port (includes formatting storage on a first start). */
  public Duration startupTime() {
    return startupTime;
  }

  /** The server's process, or null before start. */
  public ChildJvm process() {
    return process;
  }

  /** Stops the server: SIGTERM, then SIGKILL after the grace its constructor was given. */
  @Override
  public void close() {
    if (process != null) {
      process.stop(stopGrace);
    }
  }
}
