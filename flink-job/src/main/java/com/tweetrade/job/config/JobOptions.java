package com.tweetrade.job.config;

import com.tweetrade.model.settings.CqlContactPoints;
import com.tweetrade.model.settings.CqlOption;
import com.tweetrade.model.settings.CredentialsOption;
import com.tweetrade.model.settings.KafkaOption;
import com.tweetrade.model.settings.RestorePoints;
import com.tweetrade.model.settings.Settings;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The job's command line (picocli), turned into a {@link JobConfig}: flags, then environment, then
 * {@code conf/tweetrade.properties} (for the shared settings of {@link Settings}), then defaults.
 *
 * <p>Durations are ISO-8601 ({@code PT5S}) or a number with a unit ({@code 5s}, {@code 500ms},
 * {@code 2m}).
 */
@Command(
    name = "job",
    mixinStandardHelpOptions = true,
    description =
        "TweeTrade's Flink job: ticker averages and keyword sentiment from Kafka to Cassandra and"
            + " Kafka.")
public final class JobOptions {
  private static final JobConfig D = JobConfig.defaults();

  @Mixin KafkaOption kafka = new KafkaOption();

  @Mixin CqlOption cql = new CqlOption();

  @Option(names = "--keyspace", description = "Cassandra keyspace (default tweetdb).")
  String keyspace = D.keyspace();

  @Option(names = "--quotes-topic", description = "Input quotes topic (default quotes).")
  String quotesTopic = D.quotesTopic();

  @Option(names = "--tweets-topic", description = "Input tweets topic (default tweets).")
  String tweetsTopic = D.tweetsTopic();

  @Option(names = "--rules-topic", description = "Input rules topic (default rules).")
  String rulesTopic = D.rulesTopic();

  @Option(
      names = "--aggregates-topic",
      description = "Output aggregates topic (default aggregates).")
  String aggregatesTopic = D.aggregatesTopic();

  @Option(
      names = "--dead-letters-topic",
      description = "Output dead-letter topic (default dead-letters).")
  String deadLettersTopic = D.deadLettersTopic();

  @Option(names = "--group", description = "Kafka consumer group (default tweetrade-flink-job).")
  String group = D.consumerGroup();

  @Option(names = "--out-of-orderness", description = "Allowed event-time disorder (default 5s).")
  String outOfOrderness = "5s";

  @Option(
      names = "--idleness",
      description =
          "Idle time after which a partition stops holding back event time (default 30s).")
  String idleness = "30s";

  @Option(
      names = "--max-ahead",
      description =
          "How far ahead of the wall clock an event time may be; later events are dead letters"
              + " (default 5m).")
  String maxAhead = "5m";

  @Option(
      names = "--pane",
      description = "Pane length = refresh interval of the windows (default 10s).")
  String pane = "10s";

  @Option(
      names = "--bounded",
      description = "Read the inputs up to their current end, then finish.")
  boolean bounded;

  @Option(
      names = "--local",
      description =
          "Run in a local MiniCluster with the Flink Web UI (rest.port from flink-conf/, 8081).")
  boolean local;

  @Option(
      names = "--from-savepoint",
      paramLabel = "PATH",
      description = "Restore the local run from this savepoint.")
  String fromSavepoint;

  @Option(
      names = "--resume",
      description =
          "(with --local) Restore from the newest savepoint or retained checkpoint"
              + " under $TWEETRADE_HOME/flink, if there is one; what `up` does unless --fresh.")
  boolean resume;

  @Option(
      names = "--fresh",
      description =
          "(with --local) Start with empty state: the savepoints and checkpoints under"
              + " $TWEETRADE_HOME/flink move to previous-<time>/ beside them (nothing is deleted).")
  boolean fresh;

  private static final RulesConfig R = RulesConfig.defaults();

  @Option(
      names = "--trades-topic",
      description = "Output trades topic, exactly once (default trades).")
  String tradesTopic = R.tradesTopic();

  @Option(names = "--positions-topic", description = "Output positions topic (default positions).")
  String positionsTopic = R.positionsTopic();

  @Option(
      names = "--alerts-topic",
      description = "Output alerts topic (NOTIFY), exactly once (default alerts).")
  String alertsTopic = R.alertsTopic();

  @Option(
      names = "--transactional-id-prefix",
      description =
          "Kafka transactional id prefix of the trades sink (the dead letters sink adds"
              + " -dead-letters); unique per job (default tweetrade-trades).")
  String transactionalIdPrefix = R.transactionalIdPrefix();

  @Mixin CredentialsOption credentials = new CredentialsOption();

  @Option(
      names = "--max-position",
      description = "Most shares a user may hold in one ticker (default 10000).")
  long maxPosition = R.maxPositionPerTicker();

  @Option(
      names = "--max-orders-per-minute",
      description = "Most filled orders per user per minute (default 10).")
  int maxOrdersPerMinute = R.maxOrdersPerMinute();

  @Option(
      names = "--starting-capital",
      description = "Cash in dollars every user's paper account opens with (default 100000).")
  BigDecimal startingCapital = BigDecimal.valueOf(R.startingCapitalCents(), 2);

  @Option(
      names = "--short-selling",
      description =
          "Let a sell take a position below zero; off by default: a sell of more than is held is"
              + " rejected.")
  boolean shortSelling = R.shortSelling();

  /**
   * Parses; {@link CommandLine.ParameterException} and bad values become {@link
   * IllegalArgumentException}.
   */
  static JobConfig parse(String[] args, Map<String, String> env) {
    return parse(args, Settings.load(env));
  }

  /** {@link #parse(String[], Map)} with the shared settings (environment, settings file) given. */
  static JobConfig parse(String[] args, Settings settings) {
    JobOptions options = new JobOptions();
    try {
      new CommandLine(options).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return options.toConfig(settings);
  }

  /** True when the arguments ask for help or version; {@link #usage()} is then what to print. */
  public static boolean wantsHelp(String[] args) {
    JobOptions options = new JobOptions();
    CommandLine line = new CommandLine(options);
    try {
      line.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      return false;
    }
    return line.isUsageHelpRequested() || line.isVersionHelpRequested();
  }

  /** Prints the usage to {@code out} when the arguments ask for help; returns whether it did. */
  public static boolean printedHelp(String[] args, java.io.PrintStream out) {
    if (!wantsHelp(args)) return false;
    out.println(usage());
    return true;
  }

  public static String usage() {
    return new CommandLine(new JobOptions()).getUsageMessage();
  }

  JobConfig toConfig(Settings settings) {
    JobConfig.Builder config = new JobConfig.Builder();
    config.kafkaBootstrap = kafka.resolve(settings);
    List<InetSocketAddress> cqlPoints = CqlContactPoints.parse(cql.resolve(settings));
    config.cqlHost =
        String.join(",", cqlPoints.stream().map(InetSocketAddress::getHostString).toList());
    config.cqlPort = CqlContactPoints.sharedPort(cqlPoints);
    config.keyspace = keyspace;
    config.quotesTopic = quotesTopic;
    config.tweetsTopic = tweetsTopic;
    config.rulesTopic = rulesTopic;
    config.aggregatesTopic = aggregatesTopic;
    config.deadLettersTopic = deadLettersTopic;
    config.consumerGroup = group;
    config.outOfOrderness = parseDuration(outOfOrderness);
    config.idleness = parseDuration(idleness);
    config.maxAhead = parseDuration(maxAhead);
    config.pane = parseDuration(pane);
    config.bounded = bounded;
    config.local = local;
    config.fromSavepoint = restorePoint(settings);
    config.rules =
        new RulesConfig(
            tradesTopic,
            positionsTopic,
            transactionalIdPrefix,
            maxPosition,
            maxOrdersPerMinute,
            cents(startingCapital),
            shortSelling,
            alertsTopic);
    config.credentials = credentials.resolve(settings);
    return config.build();
  }

  /** Dollars as whole cents; more than two decimals is an error. */
  private static long cents(BigDecimal dollars) {
    try {
      return dollars.movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "--starting-capital: expected dollars with at most 2 decimals, was " + dollars, e);
    }
  }

  /** The savepoint to restore; with --fresh, sets the local run's old state aside first. */
  private Optional<String> restorePoint(Settings settings) {
    if ((resume ? 1 : 0) + (fresh ? 1 : 0) + (fromSavepoint != null ? 1 : 0) > 1) {
      throw new IllegalArgumentException(
          "--resume, --fresh and --from-savepoint exclude each other");
    }
    if ((resume || fresh) && !local) {
      throw new IllegalArgumentException(
          (resume ? "--resume" : "--fresh") + " is for the local run: add --local");
    }
    Path flinkHome = LocalFlinkConfiguration.flinkHome(settings);
    if (fresh) {
      RestorePoints.setAside(flinkHome, java.time.Instant.now())
          .ifPresent(
              previous ->
                  System.err.println(
                      "tweetrade job: --fresh: the previous state is now in " + previous));
      return Optional.empty();
    }
    return resume
        ? RestorePoints.latest(flinkHome).map(Path::toString)
        : Optional.ofNullable(fromSavepoint);
  }

  /** {@code PT5S}, {@code 5s}, {@code 500ms}, {@code 2m}, {@code 1h}. */
  static Duration parseDuration(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("pt")) return Duration.parse(t);
      if (t.endsWith("ms"))
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      switch (t.charAt(t.length() - 1)) {
        case 's':
          return Duration.ofSeconds(n);
        case 'm':
          return Duration.ofMinutes(n);
        case 'h':
          return Duration.ofHours(n);
        default:
          break;
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "not a duration: '" + text + "' (e.g. 5s, 500ms, 2m, PT5S)", e);
    }
    throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 5s, 500ms, 2m, PT5S)");
  }
}
