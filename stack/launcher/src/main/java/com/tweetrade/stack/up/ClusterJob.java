package com.tweetrade.stack.up;

import com.tweetrade.model.settings.RestorePoints;
import com.tweetrade.model.settings.SharedSetting;
import com.tweetrade.stack.LocalStack;
import com.tweetrade.stack.flink.FlinkCluster;
import com.tweetrade.stack.flink.FlinkClusterSettings;
import com.tweetrade.stack.flink.JobSubmission;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The job of {@code up --cluster}: the same jar on a standalone Flink cluster (a JobManager and two
 * TaskManagers, each its own JVM) instead of the flink-job part's MiniCluster. Checkpoints and
 * savepoints go to the cluster's one directory under the home, which every JVM of this machine
 * shares; a start resumes from the newest of them (unless {@code --fresh}), and the stop takes a
 * savepoint first, as the MiniCluster part does.
 */
final class ClusterJob {
  /** The part {@code up --cluster} does not start: this class runs the job instead. */
  static final String REPLACED_PART = "flink-job";

  /** Two TaskManagers of two slots: the job at parallelism 2 survives the loss of either. */
  static final int PARALLELISM = 2;

  private ClusterJob() {}

  /**
   * Starts the cluster and submits the job; returns the cluster once every task runs. On failure
   * the cluster is stopped and the error thrown.
   */
  static FlinkCluster start(
      LocalStack stack, Path root, int restPort, int rpcPort, boolean fresh, PrintStream out) {
    FlinkClusterSettings settings =
        FlinkClusterSettings.of(stack.settings(), root)
            .withPorts(restPort, rpcPort)
            // Spread the job's slots over both TaskManagers, so losing one loses half the tasks.
            .withExtraConfig(Map.of("cluster.evenly-spread-out-slots", "true"));
    Path jar = FlinkClusterSettings.defaultJobJar(root);
    Optional<String> restoreFrom = restorePoint(settings.flinkHome(), fresh, out);
    FlinkCluster cluster = FlinkCluster.start(settings);
    try {
      JobSubmission submission =
          new JobSubmission(Optional.empty(), PARALLELISM, jobArgs(stack), restoreFrom, false);
      String jobId = cluster.submit(jar, submission);
      out.println(
          "Flink job "
              + jobId
              + " running on "
              + settings.taskManagers()
              + " TaskManagers"
              + restoreFrom.map(p -> ", restored from " + p).orElse(", fresh"));
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    // Before the TaskManagers stop (they stop first, then the JobManager): a savepoint to resume
    // from. Runs while both TaskManagers still run (one rank's actions run before its SIGTERMs).
    cluster
        .processes()
        .get(1)
        .beforeStop(new FlinkStopWithSavepoint("the cluster", settings.restUrl()));
    return cluster;
  }

  private static Optional<String> restorePoint(Path flinkHome, boolean fresh, PrintStream out) {
    if (fresh) {
      RestorePoints.setAside(flinkHome, Instant.now())
          .ifPresent(aside -> out.println("Earlier job state set aside in " + aside));
      return Optional.empty();
    }
    return RestorePoints.latest(flinkHome).map(Path::toString);
  }

  /**
   * Every broker and contact point, so the job keeps going when one node is lost; on a secured
   * stack the job's credentials file, which its main reads in the JobManager (the tasks get the
   * credentials with the job's configuration).
   */
  static List<String> jobArgs(LocalStack stack) {
    List<String> args =
        new ArrayList<>(
            List.of(
                SharedSetting.KAFKA.flag(),
                stack.kafkaBootstrap(),
                SharedSetting.CQL.flag(),
                stack.cqlHostPort()));
    stack
        .access()
        .flatMap(a -> a.fileFor(REPLACED_PART))
        .ifPresent(file -> args.addAll(List.of("--credentials", file.toString())));
    return args;
  }
}
