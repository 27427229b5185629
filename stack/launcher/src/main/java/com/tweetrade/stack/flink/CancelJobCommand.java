package com.tweetrade.stack.flink;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cluster cancel}: cancels a job without a savepoint. */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description =
        "Cancels a job without a savepoint (its last retained checkpoint stays under"
            + " <home>/flink/checkpoints).")
final class CancelJobCommand implements Callable<Integer> {
  @ParentCommand ClusterCommand parent;

  @Option(names = "--job", required = true, description = "Job id (see `cluster list`).")
  String jobId;

  @Override
  public Integer call() {
    try {
      parent.restClient().cancel(jobId, Duration.ofMinutes(2));
      System.err.println("Job " + jobId + " cancelled");
      return 0;
    } catch (RuntimeException e) {
      System.err.println("tweetrade cluster cancel: " + e.getMessage());
      return 1;
    }
  }
}
