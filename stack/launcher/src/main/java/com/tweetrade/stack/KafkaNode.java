package com.tweetrade.stack;

import com.tweetrade.model.access.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Kafka broker (KRaft, broker + controller) in its own JVM: the only one of a single-node
 * stack, or one of a cluster's ({@link ClusterMember}) whose controllers form one quorum.
 *
 * <p>The first start formats the storage directory with the stack's cluster id ({@link
 * KafkaConfig#clusterId}, the same for every broker); later starts find {@code meta.properties} and
 * reuse the data.
 */
public final class KafkaNode extends ServerNode {
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final Optional<Credentials> admin;

  public KafkaNode(StackSettings settings) {
    this(settings, Optional.empty());
  }

  /**
   * A broker that takes SASL only, with {@code admin} as its super user (see {@link KafkaConfig}).
   */
  public KafkaNode(StackSettings settings, Optional<Credentials> admin) {
    this(settings, ClusterMember.SINGLE, admin);
  }

  /** One broker of a cluster (or {@link ClusterMember#SINGLE}). */
  public KafkaNode(StackSettings settings, ClusterMember member, Optional<Credentials> admin) {
    super(settings, member, "Kafka", settings.kafkaPort(), STOP_GRACE);
    this.admin = admin;
  }

  /** Starts the broker and returns once its client port accepts connections. */
  public KafkaNode start() {
    long startedAt = System.nanoTime();
    requirePortsFree(settings, member);
    List<String> classpath = ServerClasspath.kafka();
    Path dir = dir("kafka");
    Path dataDir = dir.resolve("data");
    Path config = dir.resolve("server.properties");
    try {
      Files.createDirectories(dataDir);
      // The file holds the admin password when secured: owner only, like the secrets themselves.
      Files.deleteIfExists(config);
      Files.createFile(
          config,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(config, KafkaConfig.serverProperties(settings, member, dataDir, admin));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + config, e);
    }
    if (!Files.exists(dataDir.resolve("meta.properties"))) {
      format(classpath, config, dir);
    }
    launch(
        jvmArgs(),
        classpath,
        settings.metricsPort(),
        JmxExporter.KAFKA_BEANS,
        "kafka.Kafka",
        List.of(config.toString()),
        dir,
        startedAt);
    return this;
  }

  /** Throws, naming the setting to change, when a port the broker needs is taken. */
  static void requirePortsFree(StackSettings settings, ClusterMember member) {
    requireFree(member, settings.kafkaPort(), "Kafka", Setting.KAFKA_PORT);
    requireFree(
        member,
        settings.kafkaControllerPort(),
        "the Kafka controller",
        Setting.KAFKA_CONTROLLER_PORT);
    requireMetricsPortFree(member, settings.metricsPort(), "Kafka");
  }

  private void format(List<String> classpath, Path config, Path dir) {
    ChildJvm formatter =
        ChildJvm.start(
            "kafka-storage-format",
            0,
            List.of("-Xmx256m"),
            classpath,
            "kafka.tools.StorageTool",
            List.of(
                "format", "-t", KafkaConfig.clusterId(settings.home()), "-c", config.toString()),
            Map.of(),
            dir,
            logFile());
    try {
      if (!formatter.waitFor(settings.startTimeout()) || formatter.exitCode() != 0) {
        formatter.stop(Duration.ofSeconds(1));
        throw new IllegalStateException(
            "Formatting Kafka's storage in "
                + settings.kafkaDir()
                + " failed. "
                + formatter.logTailReport(Readiness.LOG_TAIL_LINES));
      }
      formatter.stop(Duration.ZERO);
    } catch (InterruptedException e) {
      formatter.stop(Duration.ofSeconds(1));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while formatting Kafka's storage", e);
    }
  }

  private List<String> jvmArgs() {
    return List.of(
        "-Xms" + settings.kafkaHeap(),
        "-Xmx" + settings.kafkaHeap(),
        "-XX:+UseG1GC",
        "-XX:MaxGCPauseMillis=20",
        "-Djava.awt.headless=true",
        "-Dorg.slf4j.simpleLogger.showDateTime=true",
        "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
        // Per-request logging is too chatty for a dev log.
        "-Dorg.slf4j.simpleLogger.log.kafka.request.logger=warn",
        "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients=warn");
  }

  /** "127.0.0.n:port": this broker alone. */
  public String bootstrap() {
    return member.host() + ":" + settings.kafkaPort();
  }
}
