package com.tweetrade.stack.flink;

import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code cluster list}: the cluster's TaskManagers and slots, and its jobs. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the cluster's slots and jobs (id, state, name).")
final class ListJobsCommand implements Callable<Integer> {
  @ParentCommand ClusterCommand parent;

  @Override
  public Integer call() {
    try {
      FlinkRestClient rest = parent.restClient();
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
    } catch (RuntimeException e) {
      System.err.println("tweetrade cluster list: " + e.getMessage());
      return 1;
    }
  }
}
