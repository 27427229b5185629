package com.tweetrade.job.cluster;

import com.tweetrade.stack.flink.LocalJobRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference run: the same job jar in a local MiniCluster (its own JVM, {@code
 * getExecutionEnvironment()} outside a cluster), reading the same topics with {@code --bounded}, so
 * it finishes at their end and fires every window.
 */
final class MiniClusterRun {
  private MiniClusterRun() {}

  /** Runs the job to its end; fails with the log tail if it does not finish cleanly. */
  static void runToEnd(Path jobJar, List<String> jobArgs, Path home, Duration timeout)
      throws InterruptedException {
    List<String> args = new ArrayList<>(jobArgs);
    args.add("--bounded");
    LocalJobRun.runToEnd("minicluster", jobJar, JobJar.MAIN_CLASS, args, home, timeout);
  }
}
