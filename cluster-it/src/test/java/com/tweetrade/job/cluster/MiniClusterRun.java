package com.tweetrade.job.cluster;

import com.tweetrade.stack.ChildJvm;
import com.tweetrade.stack.ServerClasspath;
import com.tweetrade.stack.up.FlinkJvmOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reference run: the same job jar in a local MiniCluster (its own JVM, {@code
 * getExecutionEnvironment()} outside a cluster), reading the same topics with {@code --bounded}, so
 * it finishes at their end and fires every window.
 */
final class MiniClusterRun {
  private MiniClusterRun() {}

  /** Runs the job to its end; fails with the log tail if it does not finish cleanly. */
  static void runToEnd(Path jobJar, List<String> jobArgs, Path home, Duration timeout) throws InterruptedException {
    List<String> classpath = new ArrayList<>(ServerClasspath.flink());
    classpath.add(jobJar.toString());
    List<String> jvmArgs = new ArrayList<>(FlinkJvmOptions.asArgs());
    jvmArgs.add("-Xmx1g");
    List<String> args = new ArrayList<>(jobArgs);
    args.add("--bounded");
    ChildJvm run = ChildJvm.start("minicluster", jvmArgs, classpath, JobJar.MAIN_CLASS, args, Map.of(),
        home, home.resolve("logs").resolve("minicluster.log"));
    try {
      if (!run.waitFor(timeout)) {
        throw new AssertionError("The MiniCluster run did not finish within " + timeout.toSeconds() + " s. "
            + "Last lines of " + run.logFile() + ":\n" + run.logTail(40));
      }
      if (run.exitCode() != 0) {
        throw new AssertionError("The MiniCluster run exited with " + run.exitCode() + ". Last lines of "
            + run.logFile() + ":\n" + run.logTail(40));
      }
    } finally {
      run.stop(Duration.ofSeconds(10));
    }
  }
}
