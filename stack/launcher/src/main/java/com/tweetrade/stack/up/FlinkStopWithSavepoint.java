package com.tweetrade.stack.up;

import com.tweetrade.stack.flink.FlinkRestClient;
import java.time.Duration;

/**
 * What {@code up} does before it stops a part that runs a Flink job: stops each running job with a
 * savepoint, so the next {@code up} resumes positions, rule triggers and open windows from it. When
 * that fails, the job's last retained checkpoint is still there to resume from.
 */
final class FlinkStopWithSavepoint implements Runnable {
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final String partName;
  private final String restUrl;

  FlinkStopWithSavepoint(String partName, String restUrl) {
    this.partName = partName;
    this.restUrl = restUrl;
  }

  @Override
  public void run() {
    FlinkRestClient rest = new FlinkRestClient(restUrl);
    for (FlinkRestClient.JobSummary job : rest.jobs()) {
      if (!job.state().equals("RUNNING")) continue;
      System.err.println(
          "tweetrade: stopping " + partName + "'s job " + job.id() + " with a savepoint...");
      try {
        String path = rest.stopWithSavepoint(job.id(), null, TIMEOUT);
        System.err.println(
            "tweetrade: savepoint "
                + path
                + " (the next `up` resumes from it; `up --fresh` starts clean)");
      } catch (RuntimeException e) {
        System.err.println(
            "tweetrade: no savepoint of job "
                + job.id()
                + " ("
                + e.getMessage()
                + "); the next `up` resumes from its last retained checkpoint");
      }
    }
  }
}
