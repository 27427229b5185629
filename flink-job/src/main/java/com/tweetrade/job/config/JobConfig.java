package com.tweetrade.job.config;

import com.tweetrade.model.Topics;
import com.tweetrade.model.access.Credentials;
import com.tweetrade.model.settings.SharedSetting;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the job reads from its command line and environment, parsed once, immutable.
 *
 * <p>All defaults live in {@link #defaults()}; {@link JobOptions} layers environment variables, the
 * settings file and flags on top (the shared ones through model's {@code Settings}). Cluster
 * settings (checkpointing, state backend, restarts) are not here: they belong in {@code
 * flink-conf/config.yaml} or {@code -D} options.
 *
 * @param kafkaBootstrap Kafka bootstrap servers
 * @param cqlHost Cassandra contact point host
 * @param cqlPort Cassandra native port
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
    InetSocketAddress cql = parseHostPort(DEFAULT_CQL);
    return new JobConfig(
        DEFAULT_KAFKA_BOOTSTRAP,
        cql.getHostString(),
        cql.getPort(),
        "tweetdb",
        Topics.QUOTES,
        Topics.TWEETS,
        Topics.RULES,
        Topics.AGGREGATES,
        Topics.DEAD_LETTERS,
        "tweetrade-flink-job",
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        Duration.ofMinutes(5),
        Duration.ofSeconds(10),
        false,
        false,
        Optional.empty(),
        RulesConfig.defaults(),
        Optional.empty());
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

  /**
   * Same settings with other Kafka and Cassandra endpoints and keyspace: for tests on a shared
   * stack.
   */
  public JobConfig withEndpoints(String bootstrap, InetSocketAddress cql, String keyspaceName) {
    return new JobConfig(
        bootstrap,
        cql.getHostString(),
        cql.getPort(),
        keyspaceName,
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

  /** Same settings reading and writing other topics: for tests with unique topic names. */
  public JobConfig withTopics(
      String quotes, String tweets, String rules, String aggregates, String deadLetters) {
    return new JobConfig(
        kafkaBootstrap,
        cqlHost,
        cqlPort,
        keyspace,
        quotes,
        tweets,
        rules,
        aggregates,
        deadLetters,
        consumerGroup,
        outOfOrderness,
        idleness,
        maxAhead,
        pane,
        bounded,
        local,
        fromSavepoint,
        this.rules,
        credentials);
  }

  /** Same settings, bounded or not. */
  public JobConfig withBounded(boolean isBounded) {
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
        isBounded,
        local,
        fromSavepoint,
        rules,
        credentials);
  }

  /** Same settings with another idle timeout for source partitions. */
  public JobConfig withIdleness(Duration idle) {
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
        idle,
        maxAhead,
        pane,
        bounded,
        local,
        fromSavepoint,
        rules,
        credentials);
  }

  /** Same settings, restoring the local run from {@code savepoint} (a path) or from nothing. */
  public JobConfig withFromSavepoint(Optional<String> savepoint) {
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
        savepoint,
        rules,
        credentials);
  }

  /** Same settings with other rules-part settings. */
  public JobConfig withRules(RulesConfig rulesConfig) {
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
        rulesConfig,
        credentials);
  }

  /** Same settings, signed in to Kafka and Cassandra with {@code signIn} (or not at all). */
  public JobConfig withCredentials(Optional<Credentials> signIn) {
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
        signIn);
  }

  /** Same settings with another Kafka consumer group: for tests that read the same topics twice. */
  public JobConfig withConsumerGroup(String group) {
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
        group,
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
