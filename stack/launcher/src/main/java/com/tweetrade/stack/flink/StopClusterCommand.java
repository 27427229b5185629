package com.tweetrade.stack.flink;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cluster stop}: stops the cluster of a running {@code cluster start}, optionally saving its
 * jobs first.
 */
@Command(
    name = "stop",
    mixinStandardHelpOptions = true,
    description =
        "Stops the cluster that `cluster start` runs (all its JVMs). With --savepoint, every"
            + " running job is first stopped with a savepoint, whose path is printed.")
final class StopClusterCommand implements Callable<Integer> {
  private static final Duration EXIT_WAIT = Duration.ofSeconds(90);

  @ParentCommand ClusterCommand parent;

  @Option(names = "--savepoint", description = "Stop every running job with a savepoint first.")
  boolean savepoint;

  @Override
  public Integer call() throws InterruptedException {
    Optional<ClusterState> state = ClusterState.read(parent.flinkHome());
    if (state.isEmpty()) {
      System.err.println(
          "tweetrade cluster stop: no running `cluster start` found ("
              + ClusterState.file(parent.flinkHome())
              + ")");
      return 1;
    }
    if (savepoint) {
      FlinkRestClient rest = new FlinkRestClient(state.get().restUrl());
      for (FlinkRestClient.JobSummary job : rest.jobs()) {
        if (job.state().equals("RUNNING")) {
          System.out.println(
              job.id() + " " + rest.stopWithSavepoint(job.id(), null, Duration.ofMinutes(5)));
        }
      }
    }
    ProcessHandle start = ProcessHandle.of(state.get().pid()).orElse(null);
    if (start != null) {
      start.destroy();
      long deadline = System.nanoTime() + EXIT_WAIT.toNanos();
      while (start.isAlive() && System.nanoTime() < deadline) Thread.sleep(500);
      if (start.isAlive()) {
        System.err.println(
            "tweetrade cluster stop: process "
                + start.pid()
                + " still runs after "
                + EXIT_WAIT.toSeconds()
                + " s");
        return 1;
      }
    }
    System.err.println("Flink cluster stopped");
    return 0;
  }
}
