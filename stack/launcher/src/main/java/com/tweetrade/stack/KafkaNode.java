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
 * A real single-node Kafka broker (KRaft, broker + controller) in its own JVM.
 *
 * <p>The first start formats the storage directory with a fresh cluster id; later starts find
 * {@code meta.properties} and reuse the data.
 */
public final class KafkaNode implements AutoCloseable {
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final StackSettings settings;
  private final Optional<Credentials> admin;
  private ChildJvm process;
  private Duration startupTime = Duration.ZERO;

  public KafkaNode(StackSettings settings) {
    this(settings, Optional.empty());
  }

  /**
   * A broker that takes SASL only, with {@code admin} as its super user (see {@link KafkaConfig}).
   */
  public KafkaNode(StackSettings settings, Optional<Credentials> admin) {
    this.settings = settings;
    this.admin = admin;
  }

  /** Starts the broker and returns once its client port accepts connections. */
  public KafkaNode start() {
    long startedAt = System.nanoTime();
    Ports.requireFree(settings.kafkaPort(), "Kafka", Setting.KAFKA_PORT.howToChange());
    Ports.requireFree(
        settings.kafkaControllerPort(),
        "the Kafka controller",
        Setting.KAFKA_CONTROLLER_PORT.howToChange());
    List<String> classpath = ServerClasspath.kafka();
    Path dir = settings.kafkaDir();
    Path dataDir = dir.resolve("data");
    Path config = dir.resolve("server.properties");
    try {
      Files.createDirectories(dataDir);
      // The file holds the admin password when secured: owner only, like the secrets themselves.
      Files.deleteIfExists(config);
      Files.createFile(
          config,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(config, KafkaConfig.serverProperties(settings, dataDir, admin));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + config, e);
    }
    if (!Files.exists(dataDir.resolve("meta.properties"))) {
      format(classpath, config);
    }
    process =
        ChildJvm.start(
            "kafka",
            jvmArgs(),
            classpath,
            "kafka.Kafka",
            List.of(config.toString()),
            Map.of(),
            dir,
            logFile());
    Readiness.awaitPort(
        process, Ports.HOST, settings.kafkaPort(), settings.startTimeout(), "Kafka");
    startupTime = Duration.ofNanos(System.nanoTime() - startedAt);
    return this;
  }

  private void format(List<String> classpath, Path config) {
    ChildJvm formatter =
        ChildJvm.start(
            "kafka-storage-format",
            List.of("-Xmx256m"),
            classpath,
            "kafka.tools.StorageTool",
            List.of("format", "-t", KafkaConfig.randomClusterId(), "-c", config.toString()),
            Map.of(),
            settings.kafkaDir(),
            logFile());
    try {
      if (!formatter.waitFor(settings.startTimeout()) || formatter.exitCode() != 0) {
        formatter.stop(Duration.ofSeconds(1));
        throw new IllegalStateException(
            "Formatting Kafka's storage in "
                + settings.kafkaDir()
                + " failed. Last lines of "
                + logFile()
                + ":\n"
                + formatter.logTail(Readiness.LOG_TAIL_LINES));
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

  public Path logFile() {
    return settings.logsDir().resolve("kafka.log");
  }

  public String bootstrap() {
    return settings.kafkaBootstrap();
  }

  /** From {@link #start()} to the open port (includes formatting storage on a first start). */
  public Duration startupTime() {
    return startupTime;
  }

  /** The broker's process, or null before start. */
  public ChildJvm process() {
    return process;
  }

  /** Stops the broker (SIGTERM, then SIGKILL after 30 s). */
  @Override
  public void close() {
    if (process != null) {
      process.stop(STOP_GRACE);
    }
  }
}
