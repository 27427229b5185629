package com.tweetrade.job.config;

import com.tweetrade.model.Topics;
import com.tweetrade.model.access.Credentials;
import com.tweetrade.model.settings.SharedSetting;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the job reads from its command line and environment, parsed once, immutable.
 *
 * <p>All defaults live in {@link #defaults()}; {@link JobOptions} layers environment variables, the
 * settings file and flags on top (the shared ones through model's {@code Settings}). Cluster
 * settings (checkpointing, state backend, restarts) are not here: they belong in {@code
 * flink-conf/config.yaml} or {@code -D} options.
 *
 * @param kafkaBootstrap Kafka bootstrap servers
 * @param cqlHost Cassandra contact point hosts, comma-separated (one node, or several of a ring)
 * @param cqlPort Cassandra native port, the same on every contact point (the 3.x driver of Flink's
 *     Cassandra connector takes one)
 * @param keyspace Cassandra keyspace holding the aggregate tables
 * @param quotesTopic input quotes
 * @param tweetsTopic input tweets
 * @param rulesTopic input rule changes (compacted)
 * @param aggregatesTopic output aggregates for the UI
 * @param deadLettersTopic output of malformed and late input
 * @param consumerGroup Kafka consumer group id of the job's sources
 * @param outOfOrderness how far behind the newest event an event may arrive and still count
 * @param idleness after how long without records a source split stops holding back event time
 * @param maxAhead how far ahead of the wall clock an event time may be; later ones are dead
 *     letters, so that one bad clock cannot move event time ahead and make every real event late
 * @param pane length of the panes the windows are built from, and so the refresh interval
 * @param bounded read the input topics up to their current end, then finish (tests, replays)
 * @param local run in a local MiniCluster with the Flink Web UI
 * @param fromSavepoint savepoint to restore in the local run, or empty
 * @param rules outputs and risk limits of the rules part
 * @param credentials how the job signs in to Kafka and Cassandra on a secured stack, or empty
 */
public record JobConfig(
    String kafkaBootstrap,
    String cqlHost,
    int cqlPort,
    String keyspace,
    String quotesTopic,
    String tweetsTopic,
    String rulesTopic,
    String aggregatesTopic,
    String deadLettersTopic,
    String consumerGroup,
    Duration outOfOrderness,
    Duration idleness,
    Duration maxAhead,
    Duration pane,
    boolean bounded,
    boolean local,
    Optional<String> fromSavepoint,
    RulesConfig rules,
    Optional<Credentials> credentials) {

  /**
   * Model's {@link SharedSetting} owns the endpoints' environment names, file keys and defaults.
   */
  public static final String DEFAULT_KAFKA_BOOTSTRAP =
      SharedSetting.KAFKA.defaultValue().orElseThrow();

  public static final String DEFAULT_CQL = SharedSetting.CQL.defaultValue().orElseThrow();

  public JobConfig {
    if (pane.isZero() || pane.isNegative())
      throw new IllegalArgumentException("pane must be positive");
    if (outOfOrderness.isNegative())
      throw new IllegalArgumentException("out-of-orderness must be >= 0");
    if (idleness.isZero() || idleness.isNegative()) {
      throw new IllegalArgumentException("idleness must be positive");
    }
    if (maxAhead.isNegative()) throw new IllegalArgumentException("max-ahead must be >= 0");
    fromSavepoint = fromSavepoint == null ? Optional.empty() : fromSavepoint;
    rules = rules == null ? RulesConfig.defaults() : rules;
    credentials = credentials == null ? Optional.empty() : credentials;
  }

  /** The defaults, with no environment and no flags. */
  public static JobConfig defaults() {
    return new Builder().build();
  }

  /**
   * Parses flags over environment over defaults; throws {@link IllegalArgumentException} on bad
   * input.
   */
  public static JobConfig parse(String[] args, Map<String, String> env) {
    return JobOptions.parse(args, env);
  }

  /** {@code host:port}, for the Cassandra contact point. */
  public static InetSocketAddress parseHostPort(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    if (colon <= 0 || colon == hostPort.length() - 1) {
      throw new IllegalArgumentException("expected host:port, was '" + hostPort + "'");
    }
    try {
      int port = Integer.parseInt(hostPort.substring(colon + 1));
      return InetSocketAddress.createUnresolved(hostPort.substring(0, colon), port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected host:port, was '" + hostPort + "'", e);
    }
  }

  /** "host:port" of every contact point, comma-separated: the value of {@code --cql}. */
  public String cqlHostPorts() {
    return String.join(",", Arrays.stream(cqlHost.split(",")).map(h -> h + ":" + cqlPort).toList());
  }

  /** Same settings reading and writing other topics: for tests with unique topic names. */
  public JobConfig withTopics(
      String quotes, String tweets, String rules, String aggregates, String deadLetters) {
    return with(
        b -> {
          b.quotesTopic = quotes;
          b.tweetsTopic = tweets;
          b.rulesTopic = rules;
          b.aggregatesTopic = aggregates;
          b.deadLettersTopic = deadLetters;
        });
  }

  /**
   * Same settings with other Kafka and Cassandra endpoints and keyspace: for tests on a shared
   * stack.
   */
  public JobConfig withEndpoints(String bootstrap, InetSocketAddress cql, String keyspaceName) {
    return with(
        b -> {
          b.kafkaBootstrap = bootstrap;
          b.cqlHost = cql.getHostString();
          b.cqlPort = cql.getPort();
          b.keyspace = keyspaceName;
        });
  }

  /** Same settings, bounded or not. */
  public JobConfig withBounded(boolean isBounded) {
    return with(b -> b.bounded = isBounded);
  }

  /** Same settings with another idle timeout for source partitions. */
  public JobConfig withIdleness(Duration idle) {
    return with(b -> b.idleness = idle);
  }

  /** Same settings, restoring the local run from {@code savepoint} (a path) or from nothing. */
  public JobConfig withFromSavepoint(Optional<String> savepoint) {
    return with(b -> b.fromSavepoint = savepoint);
  }

  /** Same settings with other rules-part settings. */
  public JobConfig withRules(RulesConfig rulesConfig) {
    return with(b -> b.rules = rulesConfig);
  }

  /** Same settings, signed in to Kafka and Cassandra with {@code signIn} (or not at all). */
  public JobConfig withCredentials(Optional<Credentials> signIn) {
    return with(b -> b.credentials = signIn);
  }

  /** Same settings with another Kafka consumer group: for tests that read the same topics twice. */
  public JobConfig withConsumerGroup(String group) {
    return with(b -> b.consumerGroup = group);
  }

  /** A copy with what {@code change} sets on a builder of this config's fields. */
  private JobConfig with(Consumer<Builder> change) {
    Builder builder = new Builder(this);
    change.accept(builder);
    return builder.build();
  }

  /**
   * The fields of a {@link JobConfig} while it is being put together, starting at the defaults: one
   * place that lists them all, so that a copy with one field changed need not.
   */
  static final class Builder {
    private static final InetSocketAddress DEFAULT_CQL_ADDRESS = parseHostPort(DEFAULT_CQL);

    String kafkaBootstrap = DEFAULT_KAFKA_BOOTSTRAP;
    String cqlHost = DEFAULT_CQL_ADDRESS.getHostString();
    int cqlPort = DEFAULT_CQL_ADDRESS.getPort();
    String keyspace = "tweetdb";
    String quotesTopic = Topics.QUOTES;
    String tweetsTopic = Topics.TWEETS;
    String rulesTopic = Topics.RULES;
    String aggregatesTopic = Topics.AGGREGATES;
    String deadLettersTopic = Topics.DEAD_LETTERS;
    String consumerGroup = "tweetrade-flink-job";
    Duration outOfOrderness = Duration.ofSeconds(5);
    Duration idleness = Duration.ofSeconds(30);
    Duration maxAhead = Duration.ofMinutes(5);
    Duration pane = Duration.ofSeconds(10);
    boolean bounded;
    boolean local;
    Optional<String> fromSavepoint = Optional.empty();
    RulesConfig rules = RulesConfig.defaults();
    Optional<Credentials> credentials = Optional.empty();

    Builder() {}

    private Builder(JobConfig from) {
      kafkaBootstrap = from.kafkaBootstrap;
      cqlHost = from.cqlHost;
      cqlPort = from.cqlPort;
      keyspace = from.keyspace;
      quotesTopic = from.quotesTopic;
      tweetsTopic = from.tweetsTopic;
      rulesTopic = from.rulesTopic;
      aggregatesTopic = from.aggregatesTopic;
      deadLettersTopic = from.deadLettersTopic;
      consumerGroup = from.consumerGroup;
      outOfOrderness = from.outOfOrderness;
      idleness = from.idleness;
      maxAhead = from.maxAhead;
      pane = from.pane;
      bounded = from.bounded;
      local = from.local;
      fromSavepoint = from.fromSavepoint;
      rules = from.rules;
      credentials = from.credentials;
    }

    JobConfig build() {
      return new JobConfig(
          kafkaBootstrap,
          cqlHost,
          cqlPort,
          keyspace,
          quotesTopic,
          tweetsTopic,
          rulesTopic,
          aggregatesTopic,
          deadLettersTopic,
          consumerGroup,
          outOfOrderness,
          idleness,
          maxAhead,
          pane,
          bounded,
          local,
          fromSavepoint,
          rules,
          credentials);
    }
  }
}
