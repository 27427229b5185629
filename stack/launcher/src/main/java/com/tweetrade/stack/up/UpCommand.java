package com.tweetrade.stack.up;

import com.tweetrade.model.access.Credentials;
import com.tweetrade.model.settings.SharedSetting;
import com.tweetrade.stack.ChildJvm;
import com.tweetrade.stack.LocalStack;
import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.StackAccess;
import com.tweetrade.stack.StackCommand;
import com.tweetrade.stack.StackOptions;
import com.tweetrade.stack.StackSettings;
import com.tweetrade.stack.flink.FlinkCluster;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bin/tweetrade up}: starts the local stack, then every part found in {@code
 * <root>/<module>/tweetrade-part.properties} as its own JVM, prints where to go, reports parts that
 * die, and on Ctrl-C/SIGTERM stops the parts in reverse order and then the stack.
 *
 * <p>Stopping happens in the launcher's shutdown hook (parts by descending order, then Kafka and
 * Cassandra), so it also runs when this JVM gets SIGTERM while starting.
 *
 * <p>With {@code --cluster} the stack is 3 brokers and 3 Cassandra nodes, and the job runs on a
 * standalone Flink cluster ({@link ClusterJob}) instead of the flink-job part's MiniCluster.
 */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Starts Kafka, Cassandra and every part of TweeTrade that is built (a module with "
          + "tweetrade-part.properties and target/classpath.txt), each in its own JVM.",
      "Ctrl-C or SIGTERM stops everything. Logs: <home>/logs/<name>.log."
    })
final class UpCommand implements Callable<Integer> {
  private static final int TAIL_LINES = 40;

  /** {@code --cluster}: brokers, Cassandra nodes (each on its own loopback address). */
  static final int CLUSTER_NODES = 3;

  /** {@code --cluster} keeps everything under {@code <home>/cluster}. */
  static final String CLUSTER_HOME = "cluster";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin StackOptions options = new StackOptions();

  @Option(
      names = "--root",
      description = "Project root (default: found from the working directory).")
  Path root;

  @Option(
      names = "--skip",
      split = ",",
      description = "Parts not to start, by name (repeatable or comma-separated).")
  Set<String> skip = new HashSet<>();

  @Option(
      names = "--fresh",
      description =
          "Start the Flink job with empty state (positions, rule triggers, windows); the old"
              + " savepoints and checkpoints are set aside, not deleted. Default: resume from the"
              + " savepoint taken at the last stop, or the newest retained checkpoint.")
  boolean fresh;

  @Option(
      names = "--cluster",
      description =
          "Real clusters on this machine: 3 Kafka brokers (KRaft, 3 controllers; topics with 3"
              + " replicas, min.insync.replicas=2), a ring of 3 Cassandra nodes on 127.0.0.1-3"
              + " (tweetdb with 3 replicas, LOCAL_QUORUM), and the job on a standalone Flink"
              + " cluster (a JobManager, 2 TaskManagers). Data, logs and credentials under"
              + " <home>/cluster; about 14 GB of memory.")
  boolean cluster;

  @Option(
      names = "--flink-rest-port",
      defaultValue = "8081",
      description =
          "With --cluster: the Flink REST API and Web UI port (default ${DEFAULT-VALUE}).")
  int flinkRestPort;

  @Option(
      names = "--flink-rpc-port",
      defaultValue = "6123",
      description = "With --cluster: the JobManager's RPC port (default ${DEFAULT-VALUE}).")
  int flinkRpcPort;

  @Option(
      names = "--demo",
      description =
          "Create the demo user 'demo' with a password generated at first start, "
              + "kept in <home>/secrets/demo-password (0600) and printed once.")
  boolean demo;

  @Option(
      names = "--live",
      description =
          "Live data: Bluesky posts (tweet-ingestor --source bluesky) and, when FINNHUB_TOKEN or"
              + " APCA_API_KEY_ID/APCA_API_SECRET_KEY (or ALPACA_API_KEY_ID/ALPACA_API_SECRET_KEY)"
              + " are set, live quotes from Finnhub or Alpaca, else simulated ones. Default: the"
              + " recorded tweets and simulated quotes.")
  boolean live;

  @Option(
      names = "--jetstream-endpoint",
      paramLabel = "URL",
      description =
          "With --live: the Jetstream subscribe URL (default: the tweet-ingestor's; for tests and"
              + " proxies).")
  String jetstreamEndpoint;

  @Option(
      names = "--quote-endpoint",
      paramLabel = "URL",
      description =
          "With --live and a quote-feed credential: the feed's WebSocket URL (default: the feed's;"
              + " for tests and proxies).")
  String quoteEndpoint;

  @Option(
      names = "--ready-timeout",
      defaultValue = "300",
      description =
          "Seconds to wait for every part to answer its readiness check (default"
              + " ${DEFAULT-VALUE}).")
  int readyTimeoutSeconds;

  @Option(
      names = "--status-every",
      defaultValue = "60",
      description = "Seconds between status lines (default ${DEFAULT-VALUE}).")
  int statusEverySeconds;

  private final PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new UpCommand()).execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    Instant started = Instant.now();
    if (!live && (jetstreamEndpoint != null || quoteEndpoint != null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--jetstream-endpoint and --quote-endpoint need --live");
    }
    LiveSources sources =
        LiveSources.choose(live, System.getenv(), quoteEndpoint, jetstreamEndpoint);
    Path projectRoot = root != null ? root.toAbsolutePath().normalize() : ProjectRoot.find();
    StackSettings settings = options.settings(projectRoot);
    if (cluster) {
      // Its own home: a cluster's data, job state and credentials never mix with the single node's.
      settings = settings.withHome(settings.home().resolve(CLUSTER_HOME));
    }
    LocalStack stack;
    FlinkCluster flink = null;
    try {
      stack = LocalStack.start(settings, cluster ? CLUSTER_NODES : 1, true, projectRoot);
      StackCommand.printAddresses(out, stack);
      if (cluster) {
        flink = ClusterJob.start(stack, projectRoot, flinkRestPort, flinkRpcPort, fresh, out);
      }
    } catch (RuntimeException e) {
      System.err.println("tweetrade up: " + e.getMessage());
      return 1;
    }
    DemoAccount account = demo ? DemoAccount.ensure(settings.home()) : null;

    Map<PartSpec, ChildJvm> running =
        startParts(
            PartSpec.scan(projectRoot),
            partValues(stack, projectRoot, sources),
            stack,
            projectRoot,
            account);
    List<String> notReady =
        PartReadiness.await(running, Duration.ofSeconds(readyTimeoutSeconds), out);
    printWhereToGo(
        running, notReady, account, sources, flink, Duration.between(started, Instant.now()));
    return monitor(stack, flink, running);
  }

  /** What the placeholders of the parts' args stand for. */
  Map<String, String> partValues(LocalStack stack, Path projectRoot, LiveSources sources) {
    Map<String, String> values =
        new LinkedHashMap<>(
            Map.of(
                "root", projectRoot.toString(),
                "home", stack.settings().home().toString(),
                "kafka", stack.kafkaBootstrap(),
                "cql", stack.cqlHostPort(),
                "flinkState", fresh ? "--fresh" : "--resume"));
    values.putAll(sources.placeholders());
    return values;
  }

  private Map<PartSpec, ChildJvm> startParts(
      List<PartSpec> parts,
      Map<String, String> placeholders,
      LocalStack stack,
      Path projectRoot,
      DemoAccount account) {
    StackSettings settings = stack.settings();
    Map<String, String> env =
        new LinkedHashMap<>(
            Map.of(
                SharedSetting.KAFKA.env(),
                stack.kafkaBootstrap(),
                SharedSetting.CQL.env(),
                stack.cqlHostPort(),
                SharedSetting.HOME.env(),
                settings.home().toString(),
                com.tweetrade.model.settings.ProjectRoot.ENV,
                projectRoot.toString()));
    if (account != null) env.putAll(account.environment());
    Map<PartSpec, ChildJvm> running = new LinkedHashMap<>();
    if (parts.isEmpty()) {
      out.println(
          "No parts found (no */"
              + PartSpec.FILE_NAME
              + " under "
              + projectRoot
              + "): only the stack runs.");
    }
    for (PartSpec part : parts) {
      if (ChildJvm.isShuttingDown()) {
        break;
      }
      if (cluster && part.name().equals(ClusterJob.REPLACED_PART)) {
        out.println("Not starting " + part.name() + ": its job runs on the Flink cluster.");
        continue;
      }
      if (skip.contains(part.name())) {
        out.println("Skipping " + part.name() + " (--skip).");
        continue;
      }
      if (!Files.isRegularFile(part.classpathFile())) {
        System.err.println(
            "WARNING: not starting "
                + part.name()
                + ": "
                + part.classpathFile()
                + " is missing. Build it with "
                + "`mvn -B -q package -DskipTests` in "
                + part.moduleDir()
                + ".");
        continue;
      }
      List<String> classpath = new ArrayList<>();
      classpath.add(part.classesDir().toString());
      classpath.addAll(readClasspath(part.classpathFile()));
      ChildJvm child =
          ChildJvm.start(
              part.name(),
              Math.max(1, part.order()),
              part.resolvedJvmArgs(placeholders),
              classpath,
              part.mainClass(),
              part.resolvedArgs(live, placeholders),
              partEnvironment(env, stack.access(), part.name()),
              projectRoot,
              settings.logsDir().resolve(part.name() + ".log"));
      out.println(
          "Started " + part.name() + " (pid " + child.pid() + ", log " + child.logFile() + ")");
      if (!part.flinkRest().isEmpty()) {
        child.beforeStop(new FlinkStopWithSavepoint(part.name(), part.flinkRest()));
      }
      running.put(part, child);
    }
    return running;
  }

  /**
   * The common environment plus, on a secured stack, the name (never the content) of the part's
   * credentials file.
   */
  static Map<String, String> partEnvironment(
      Map<String, String> common, Optional<StackAccess> access, String part) {
    Map<String, String> env = new LinkedHashMap<>(common);
    access
        .flatMap(a -> a.fileFor(part))
        .ifPresent(file -> env.put(Credentials.ENV, file.toString()));
    return env;
  }

  private void printWhereToGo(
      Map<PartSpec, ChildJvm> running,
      List<String> notReady,
      DemoAccount account,
      LiveSources sources,
      FlinkCluster flink,
      Duration took) {
    out.println();
    if (notReady.isEmpty()) {
      out.println(
          "TweeTrade is up ("
              + took.toSeconds()
              + " s): every part answers. Press Ctrl-C to stop everything.");
    } else {
      out.println(
          "TweeTrade is partly up after "
              + took.toSeconds()
              + " s: not answering yet: "
              + String.join(", ", notReady)
              + " (see their logs). Press Ctrl-C to stop everything.");
    }
    running.keySet().stream()
        .filter(part -> !part.url().isEmpty() || !part.note().isEmpty())
        .forEach(
            part ->
                out.println("  " + part.name() + ": " + (part.url() + "  " + part.note()).trim()));
    if (flink != null) {
      out.println(
          "  flink-cluster: "
              + flink.settings().restUrl()
              + "  Flink Web UI: the job on a JobManager and "
              + flink.settings().taskManagers()
              + " TaskManagers; savepoints in "
              + flink.settings().savepointsDir());
    }
    if (account != null) out.println("  " + account.signInLine());
    if (sources.bannerLine() != null) out.println("  " + sources.bannerLine());
    out.println();
  }

  /**
   * Reports parts that die and prints a status line now and then. Returns when the single-node
   * stack's broker or Cassandra node dies; in a cluster a lost node (or TaskManager) is reported
   * and the rest carry on without it, as replication is there for.
   */
  private int monitor(LocalStack stack, FlinkCluster flink, Map<PartSpec, ChildJvm> running)
      throws InterruptedException {
    Set<ChildJvm> reported = new HashSet<>();
    Instant nextStatus = Instant.now().plusSeconds(statusEverySeconds);
    List<ChildJvm> watched = new ArrayList<>(running.values());
    if (flink != null) watched.addAll(flink.processes());
    while (!ChildJvm.isShuttingDown()) {
      for (ChildJvm server : stack.processes()) {
        if (!server.isAlive() && !ChildJvm.isShuttingDown()) {
          if (stack.nodes() == 1) {
            System.err.println(died(server) + "\nStopping everything.");
            return 1;
          }
          if (reported.add(server)) {
            System.err.println(died(server) + "\nThe other nodes carry on without it.");
          }
        }
      }
      for (ChildJvm part : watched) {
        if (!part.isAlive() && reported.add(part) && !ChildJvm.isShuttingDown()) {
          System.err.println(died(part));
        }
      }
      if (Instant.now().isAfter(nextStatus)) {
        out.println(status(stack, watched));
        nextStatus = Instant.now().plusSeconds(statusEverySeconds);
      }
      Thread.sleep(Duration.ofSeconds(1).toMillis());
    }
    return 0;
  }

  private static String died(ChildJvm child) {
    return child.exitReport(TAIL_LINES);
  }

  /** "status: kafka up, cassandra up, quote-simulator up, ..." over every process of up. */
  static String status(LocalStack stack, List<ChildJvm> parts) {
    List<ChildJvm> all = new ArrayList<>(stack.processes());
    all.addAll(parts);
    return "status: "
        + all.stream()
            .map(
                child ->
                    child.name() + (child.isAlive() ? " up" : " exited(" + child.exitCode() + ")"))
            .collect(Collectors.joining(", "));
  }

  private static List<String> readClasspath(Path file) {
    try {
      String text = Files.readString(file).trim();
      return text.isEmpty() ? List.of() : List.of(text.split(java.io.File.pathSeparator));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
