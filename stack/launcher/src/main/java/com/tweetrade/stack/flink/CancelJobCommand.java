package com.tweetrade.stack.flink;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cluster cancel}: cancels a job without a savepoint. */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description =
        "Cancels a job without a savepoint (its last retained checkpoint stays under"
            + " <home>/flink/checkpoints).")
final class CancelJobCommand extends RestSubcommand {
  @Option(names = "--job", required = true, description = "Job id (see `cluster list`).")
  String jobId;

  @Override
  int run(FlinkRestClient rest) {
    rest.cancel(jobId, Duration.ofMinutes(2));
    System.err.println("Job " + jobId + " cancelled");
    return 0;
  }
}
