package com.tweetrade.bench;

import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.access.Credentials;
import com.tweetrade.model.rules.Timing;
import com.tweetrade.model.settings.Settings;
import com.tweetrade.model.settings.SharedSetting;
import com.tweetrade.stack.LocalStack;
import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.StackSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/tweetrade bench}: the whole pipeline on this machine, measured.
 *
 * <p>Starts its own Kafka and Cassandra on free ports unless {@code --kafka}/{@code --cql} (or
 * TWEETRADE_KAFKA_BOOTSTRAP/TWEETRADE_CQL, or their keys in conf/tweetrade.properties) name running
 * ones; writes {@code bench/target/bench/<timestamp>/report.md} and {@code chart.html}; with {@code
 * --faults} also runs the fault-injection and bad-input suite and appends its counts to the report.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Runs quotes, tweets, rules and the job (in-process MiniCluster) and measures throughput,"
            + " decision and visible latency, CPU and memory; optionally fault injection and bad"
            + " input.",
    footer = {
      "",
      "Every other benchmark of the project (rules engine, analytics, producers, sentiment, ...):",
      "  bin/tweetrade bench list",
      "  bin/tweetrade bench run NAME [-Dproperty=value ...]   (docs/benchmarks.md)"
    })
public final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--kafka",
      description =
          "Kafka bootstrap (env TWEETRADE_KAFKA_BOOTSTRAP, else kafka.bootstrap in "
              + "conf/tweetrade.properties); default: start one")
  String kafka;

  @Option(
      names = "--cql",
      description =
          "Cassandra HOST:PORT (env TWEETRADE_CQL, else cassandra.cql in "
              + "conf/tweetrade.properties); default: start one")
  String cql;

  @Option(
      names = "--quotes-per-second",
      defaultValue = "2000",
      description = "default ${DEFAULT-VALUE}")
  int quotesPerSecond;

  @Option(
      names = "--tweets-per-second",
      defaultValue = "50",
      description = "default ${DEFAULT-VALUE}")
  int tweetsPerSecond;

  @Option(
      names = "--prefill",
      defaultValue = "0",
      description =
          "quotes produced before the job starts "
              + "(catch-up throughput); default ${DEFAULT-VALUE}")
  long prefill;

  @Option(
      names = "--rules",
      defaultValue = "20",
      description =
          "rules published before the job starts; the first 30 trade, the rest only load the"
              + " evaluation (BenchRules.latency); default ${DEFAULT-VALUE}")
  int rules;

  @Option(
      names = "--timing",
      defaultValue = "tick",
      description =
          "tick or close: the rules are decided ON TICK "
              + "(each input) or ON CLOSE (closed panes, the old mode); default ${DEFAULT-VALUE}")
  String timing;

  @Option(
      names = "--max-orders-per-minute",
      defaultValue = "100000",
      description =
          "the job's per-user order limit for this run (the job's own default is 10; the bench's"
              + " flipping rules trade several times a second); default ${DEFAULT-VALUE}")
  int maxOrdersPerMinute;

  @Option(
      names = "--duration",
      defaultValue = "60s",
      description = "e.g. 60s, 10m; default ${DEFAULT-VALUE}")
  String duration;

  @Option(
      names = "--clock",
      defaultValue = "realtime",
      description =
          "realtime or historical; default " + "${DEFAULT-VALUE} (latency needs realtime)")
  String clock;

  @Option(names = "--seed", defaultValue = "42", description = "default ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--parallelism", defaultValue = "2", description = "default ${DEFAULT-VALUE}")
  int parallelism;

  @Option(names = "--partitions", defaultValue = "2", description = "default ${DEFAULT-VALUE}")
  int partitions;

  @Option(
      names = "--checkpoint-ms",
      defaultValue = "1000",
      description = "default ${DEFAULT-VALUE}")
  long checkpointMs;

  @Option(names = "--faults", description = "also run the fault-injection and bad-input suite")
  boolean faults;

  @Option(
      names = "--cluster",
      description =
          "start 3 Kafka brokers and a ring of 3 Cassandra nodes (as `up --cluster`) instead of"
              + " one of each; with --faults the node-loss suite: a broker, a Cassandra node, a"
              + " TaskManager, and a broker with a TaskManager, each killed with SIGKILL mid-run")
  boolean cluster;

  @Option(
      names = "--node-down",
      defaultValue = "30s",
      description =
          "with --cluster --faults: how long a killed node stays down; default ${DEFAULT-VALUE}")
  String nodeDown;

  @Option(
      names = "--fault-quotes",
      defaultValue = "20000",
      description = "quotes of the deterministic fault " + "input; default ${DEFAULT-VALUE}")
  int faultQuotes;

  @Option(
      names = "--fault-pace",
      defaultValue = "100",
      description =
          "quotes per second per subtask in every fault run (a run lasts about fault-quotes / (pace"
              + " x parallelism) s); default ${DEFAULT-VALUE}")
  double faultPace;

  @Option(
      names = "--cassandra-down",
      defaultValue = "60s",
      description = "how long Cassandra stays stopped; " + "default ${DEFAULT-VALUE}")
  String cassandraDown;

  @Option(
      names = "--bad-events",
      defaultValue = "10000",
      description = "malformed events; default ${DEFAULT-VALUE}")
  int badEvents;

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }

  /**
   * A running Kafka or Cassandra to measure against: the flag, else the shared setting; null: start
   * one.
   */
  static String given(String flag, SharedSetting setting, Settings shared) {
    return flag != null ? flag : shared.configured(setting).orElse(null);
  }

  @Override
  public Integer call() throws Exception {
    Path root = ProjectRoot.find();
    Path out =
        root.resolve("bench/target/bench")
            .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    Settings shared = Settings.load();
    String bootstrap = given(kafka, SharedSetting.KAFKA, shared);
    String cqlHostPort = given(cql, SharedSetting.CQL, shared);
    Timing ruleTiming = parseTiming(timing); // before the stack starts: a typo fails at once
    LocalStack stack = null;
    BenchResult result;
    // Against a given stack: the credentials file of TWEETRADE_CREDENTIALS_FILE, if any.
    Optional<Credentials> credentials = Credentials.configured();
    try {
      if (bootstrap == null || cqlHostPort == null) {
        // Secured like production (SASL, ACLs, Cassandra roles); the bench signs in as the stack's
        // admin.
        stack =
            LocalStack.start(
                StackSettings.randomPorts(out.resolve("stack")).withSecurity(true),
                cluster ? 3 : 1,
                true,
                root);
        bootstrap = stack.kafkaBootstrap();
        cqlHostPort = stack.settings().cqlHostPort();
        credentials = stack.adminCredentials();
      } else if (cluster) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "--cluster starts its own stack: leave out --kafka and --cql");
      }
      var cqlAddress = JobConfig.parseHostPort(cqlHostPort);
      var contact =
          new java.net.InetSocketAddress(cqlAddress.getHostString(), cqlAddress.getPort());
      BenchKafka benchKafka = new BenchKafka(bootstrap, credentials);
      BenchCassandra cassandra =
          new BenchCassandra(contact, root, credentials)
              .withReplicas(stack == null ? 1 : stack.nodes());
      BenchSettings settings =
          new BenchSettings(
              quotesPerSecond,
              tweetsPerSecond,
              prefill,
              rules,
              parseDuration(duration),
              "historical".equals(clock),
              seed,
              parallelism,
              partitions,
              checkpointMs,
              ruleTiming,
              maxOrdersPerMinute);
      long kafkaPid = stack == null ? -1 : stack.kafkaPid();
      long cassandraPid = stack == null ? -1 : stack.cassandraPid();
      result = new BenchRun(settings, benchKafka, cassandra, kafkaPid, cassandraPid).run();
      String machine =
          "Machine: "
              + BenchRun.cores()
              + " cores, load average "
              + result.loadAtStart()
              + " (1, 5, 15 min) at the start of the measured period, "
              + result.loadAtEnd()
              + " at its end; Kafka "
              + bootstrap
              + ", Cassandra "
              + cqlHostPort
              + (credentials.isPresent() ? ", both with authentication." : ".");
      BenchReport.write(result, out, machine);
      if (faults) {
        FaultSuite suite =
            new FaultSuite(benchKafka, cassandra, stack, parallelism, checkpointMs)
                .withPace(faultPace)
                .withCassandraDown(parseDuration(cassandraDown))
                .withNodeDown(parseDuration(nodeDown))
                .withWorkDir(out);
        String md = suite.runAll(faultQuotes, seed, badEvents);
        java.nio.file.Files.writeString(
            out.resolve("report.md"), "\n" + md, java.nio.file.StandardOpenOption.APPEND);
      }
      System.out.println("Report: " + out.resolve("report.md"));
      System.out.println("Chart:  " + out.resolve("chart.html"));
    } finally {
      if (stack != null) stack.close();
    }
    // After the stack's shutdown, so that these are the last lines the command prints.
    LatencyBook.Summary latency = result.latency();
    System.out.println(
        "checkpoint interval: "
            + checkpointMs
            + " ms; load average "
            + result.loadAtStart()
            + " at the start, "
            + result.loadAtEnd()
            + " at the end of the measured period");
    System.out.println(latency.measuredLine());
    System.out.println(latency.withoutTriggerLine());
    System.out.println(latency.decisionLine());
    System.out.println(latency.visibleLine());
    return 0;
  }

  static Timing parseTiming(String text) {
    return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "tick" -> Timing.TICK;
      case "close" -> Timing.CLOSE;
      default -> throw new IllegalArgumentException("--timing is tick or close, not " + text);
    };
  }

  static Duration parseDuration(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    return switch (t.charAt(t.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      default -> throw new IllegalArgumentException("expected e.g. 60s, 10m: " + text);
    };
  }
}
