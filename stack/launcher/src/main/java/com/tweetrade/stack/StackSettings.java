package com.tweetrade.stack;

import com.tweetrade.model.settings.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where the local stack keeps its data and which ports it uses.
 *
 * <p>Each {@link Setting} comes from its environment variable, else from {@code
 * conf/tweetrade.properties} under the project root, else from its default; the home is the shared
 * setting of every part (model's {@link Settings}), resolved the same way. The environment wins
 * over the file because it is the more specific, per-run choice. A relative home is resolved
 * against the project root (or the working directory when there is none).
 *
 * @param home data and logs of everything the stack runs
 * @param kafkaPort the broker's client port (PLAINTEXT listener)
 * @param kafkaControllerPort the KRaft controller listener
 * @param cqlPort Cassandra's native (CQL) port
 * @param cassandraStoragePort Cassandra's inter-node port (bound even on a single node)
 * @param cassandraJmxPort Cassandra's local JMX port (nodetool)
 * @param metricsPort the brokers' Prometheus JMX exporter; Cassandra's is the next port; 0: none
 * @param kafkaHeap -Xmx of the broker JVM, e.g. "512m"
 * @param cassandraHeap -Xmx of the Cassandra JVM, e.g. "1g"
 * @param startTimeout how long each server may take to open its port
 * @param secured Kafka SASL + ACLs and Cassandra password authentication with one role per part
 *     (credentials generated under {@link #secretsDir()}); off only for throw-away test stacks
 */
public record StackSettings(
    Path home,
    int kafkaPort,
    int kafkaControllerPort,
    int cqlPort,
    int cassandraStoragePort,
    int cassandraJmxPort,
    int metricsPort,
    String kafkaHeap,
    String cassandraHeap,
    Duration startTimeout,
    boolean secured) {

  /** Settings file, relative to the project root. */
  public static final String SETTINGS_FILE = Settings.FILE;

  /** Reads the settings of this machine: env, then {@code <root>/conf/tweetrade.properties}. */
  public static StackSettings load() {
    return load(
        com.tweetrade.model.settings.ProjectRoot.locate(System.getenv())
            .orElse(Path.of("").toAbsolutePath()));
  }

  /** Reads the settings with {@code root} as the project root. */
  public static StackSettings load(Path root) {
    return from(root, Settings.readFile(root.resolve(SETTINGS_FILE)), System.getenv());
  }

  /** Pure resolution of all settings, for tests. */
  static StackSettings from(Path base, Properties file, Map<String, String> env) {
    Settings shared = Settings.of(base, file, env);
    Resolver r = new Resolver(shared);
    return new StackSettings(
        shared.home(null),
        r.port(Setting.KAFKA_PORT),
        r.port(Setting.KAFKA_CONTROLLER_PORT),
        r.port(Setting.CQL_PORT),
        r.port(Setting.CASSANDRA_STORAGE_PORT),
        r.port(Setting.CASSANDRA_JMX_PORT),
        r.portOrOff(Setting.METRICS_PORT),
        r.text(Setting.KAFKA_HEAP),
        r.text(Setting.CASSANDRA_HEAP),
        Duration.ofSeconds(r.positiveInt(Setting.START_TIMEOUT_SECONDS)),
        r.onOff(Setting.SECURITY));
  }

  /**
   * Settings for a throw-away stack: free random ports and the given home, without authentication
   * and without metrics exporters (used by tests; {@link #withSecurity} and {@link
   * #withMetricsPort} turn them on).
   */
  public static StackSettings randomPorts(Path home) {
    List<Integer> ports = Ports.freePorts(5);
    StackSettings defaults = from(home, new Properties(), Map.of());
    return new StackSettings(
        home.toAbsolutePath().normalize(),
        ports.get(0),
        ports.get(1),
        ports.get(2),
        ports.get(3),
        ports.get(4),
        0,
        defaults.kafkaHeap(),
        defaults.cassandraHeap(),
        defaults.startTimeout(),
        false);
  }

  /** "127.0.0.1:port" for Kafka clients. */
  public String kafkaBootstrap() {
    return Ports.HOST + ":" + kafkaPort;
  }

  /** "127.0.0.1:port" for CQL clients. */
  public String cqlHostPort() {
    return Ports.HOST + ":" + cqlPort;
  }

  /** The broker's config, data and KRaft metadata. */
  public Path kafkaDir() {
    return home.resolve("kafka");
  }

  /** Cassandra's config and data directories. */
  public Path cassandraDir() {
    return home.resolve("cassandra");
  }

  /** One log file per process: kafka.log, cassandra.log, and one per part of `up`. */
  public Path logsDir() {
    return home.resolve("logs");
  }

  /** A copy with another home directory. */
  public StackSettings withHome(Path newHome) {
    return copy(newHome.toAbsolutePath().normalize(), secured, metricsPort);
  }

  /** A copy with authentication on or off. */
  public StackSettings withSecurity(boolean on) {
    return copy(home, on, metricsPort);
  }

  /**
   * A copy whose brokers serve Prometheus metrics on {@code port}, Cassandra on the next; 0: off.
   */
  public StackSettings withMetricsPort(int port) {
    return copy(home, secured, port);
  }

  /** The Cassandra nodes' Prometheus JMX exporter port, or 0. */
  public int cassandraMetricsPort() {
    return metricsPort == 0 ? 0 : metricsPort + 1;
  }

  /** A copy with another home, authentication and metrics port; the rest stays. */
  private StackSettings copy(Path home, boolean secured, int metricsPort) {
    return new StackSettings(
        home,
        kafkaPort,
        kafkaControllerPort,
        cqlPort,
        cassandraStoragePort,
        cassandraJmxPort,
        metricsPort,
        kafkaHeap,
        cassandraHeap,
        startTimeout,
        secured);
  }

  /** Generated credentials, one 0600 file per part (and the stack's own admin). */
  public Path secretsDir() {
    return home.resolve("secrets");
  }

  /** Looks a setting up in env, then file (as the shared settings are), then defaults. */
  private record Resolver(Settings settings) {
    String text(Setting setting) {
      return settings.configured(setting.env(), setting.key()).orElse(setting.defaultValue());
    }

    /** A port, or 0 for off. */
    int portOrOff(Setting setting) {
      return text(setting).equals("0") ? 0 : port(setting);
    }

    int port(Setting setting) {
      int port = positiveInt(setting);
      if (port > 65535) {
        throw new IllegalArgumentException(
            setting.key()
                + " must be a TCP port (1-65535) but is "
                + port
                + "; set it with "
                + setting.howToChange());
      }
      return port;
    }

    boolean onOff(Setting setting) {
      String value = text(setting).toLowerCase(java.util.Locale.ROOT);
      return switch (value) {
        case "on", "true", "yes" -> true;
        case "off", "false", "no" -> false;
        default ->
            throw new IllegalArgumentException(
                setting.key()
                    + " must be on or off but is '"
                    + value
                    + "'; set it with "
                    + setting.howToChange());
      };
    }

    int positiveInt(Setting setting) {
      String value = text(setting);
      try {
        int parsed = Integer.parseInt(value);
        if (parsed > 0) {
          return parsed;
        }
      } catch (NumberFormatException e) {
        // reported below with the setting's name
      }
      throw new IllegalArgumentException(
          setting.key()
              + " must be a positive number but is '"
              + value
              + "'; set it with "
              + setting.howToChange());
    }
  }
}
