package com.tweetrade.stack.flink;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cluster savepoint}: a savepoint of a running job, optionally stopping it. */
@Command(
    name = "savepoint",
    mixinStandardHelpOptions = true,
    description =
        "Takes a savepoint of a running job and prints its path; with --stop the job stops "
            + "after it (without draining: open windows stay in the savepoint).")
final class SavepointCommand extends RestSubcommand {
  @Option(names = "--job", required = true, description = "Job id (see `cluster list`).")
  String jobId;

  @Option(names = "--stop", description = "Stop the job once the savepoint is written.")
  boolean stop;

  @Option(
      names = "--dir",
      description = "Target directory (default: the cluster's state.savepoints.dir).")
  String dir;

  @Option(
      names = "--timeout",
      defaultValue = "300",
      description = "Seconds to wait (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  int run(FlinkRestClient rest) {
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    // A job that was just (re)started reports RUNNING before its tasks do, and Flink refuses a
    // savepoint until they all run: wait for them rather than fail.
    rest.awaitRunning(jobId, timeout);
    String location =
        stop
            ? rest.stopWithSavepoint(jobId, dir, timeout)
            : rest.triggerSavepoint(jobId, dir, timeout);
    System.err.println(
        stop ? "Job " + jobId + " stopped with a savepoint:" : "Savepoint of job " + jobId + ":");
    System.out.println(location);
    return 0;
  }
}
