package com.tweetrade.stack.flink;

import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.StackSettings;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/tweetrade cluster}: a real standalone Flink session cluster for the job, and the
 * savepoint operations on it (submit, savepoint, stop with savepoint, restore, rescale).
 *
 * <p>The REST address of the other subcommands comes from {@code --rest}, else env {@code
 * TWEETRADE_FLINK_REST}, else the running {@code cluster start} ({@code
 * <home>/flink/cluster.properties}), else http://127.0.0.1:8081 (which is also the local
 * MiniCluster of {@code bin/tweetrade job --local}).
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "A standalone Flink session cluster (a JobManager and TaskManagers, each its own JVM, on"
          + " 127.0.0.1) from flink-conf/config.yaml, and the job's savepoint workflow on it. See"
          + " docs/operations.md.",
      "Data (checkpoints, savepoints, uploads) under <home>/flink, logs in <home>/logs/flink-*.log."
    },
    subcommands = {
      StartClusterCommand.class,
      SubmitCommand.class,
      SavepointCommand.class,
      ListJobsCommand.class,
      CancelJobCommand.class,
      StopClusterCommand.class
    })
final class ClusterCommand implements Runnable {
  static final String ENV_REST = "TWEETRADE_FLINK_REST";

  @Option(
      names = "--home",
      scope = CommandLine.ScopeType.INHERIT,
      description =
          "Data and logs directory (env TWEETRADE_HOME, tweetrade.home in"
              + " conf/tweetrade.properties, default <root>/var).")
  Path home;

  @Option(
      names = "--rest",
      scope = CommandLine.ScopeType.INHERIT,
      paramLabel = "URL",
      description =
          "Flink REST address (env TWEETRADE_FLINK_REST, else the running `cluster start`, "
              + "else http://127.0.0.1:8081).")
  String rest;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ClusterCommand()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  Path root() {
    return ProjectRoot.find();
  }

  StackSettings stackSettings() {
    StackSettings settings = StackSettings.load(root());
    return home != null ? settings.withHome(home) : settings;
  }

  Path flinkHome() {
    return stackSettings().home().resolve("flink");
  }

  /** The REST client for a running cluster, by the order in the class comment. */
  FlinkRestClient restClient() {
    if (rest != null && !rest.isBlank()) return new FlinkRestClient(rest);
    String fromEnv = System.getenv(ENV_REST);
    if (fromEnv != null && !fromEnv.isBlank()) return new FlinkRestClient(fromEnv);
    return ClusterState.read(flinkHome())
        .map(s -> new FlinkRestClient(s.restUrl()))
        .orElseGet(
            () ->
                new FlinkRestClient("http://127.0.0.1:" + FlinkClusterSettings.DEFAULT_REST_PORT));
  }
}
