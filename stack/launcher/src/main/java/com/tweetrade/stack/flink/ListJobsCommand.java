package com.tweetrade.stack.flink;

import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code cluster list}: the cluster's TaskManagers and slots, and its jobs. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the cluster's slots and jobs (id, state, name).")
final class ListJobsCommand extends RestSubcommand {
  @Override
  int run(FlinkRestClient rest) {
    FlinkRestClient.Overview o = rest.overview();
    System.out.println(
        "Flink "
            + o.flinkVersion()
            + " at "
            + rest.baseUrl()
            + ": "
            + o.taskManagers()
            + " TaskManagers, "
            + o.slotsAvailable()
            + "/"
            + o.slotsTotal()
            + " slots free");
    for (FlinkRestClient.JobSummary job : rest.jobs()) {
      System.out.printf(
          "%s  %-9s  %s  %s%n",
          job.id(), job.state(), Instant.ofEpochMilli(job.startTime()), job.name());
    }
    return 0;
  }
}
