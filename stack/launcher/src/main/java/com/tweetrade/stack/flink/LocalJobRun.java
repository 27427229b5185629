package com.tweetrade.stack.flink;

import com.tweetrade.stack.ChildJvm;
import com.tweetrade.stack.ServerClasspath;
import com.tweetrade.stack.up.FlinkJvmOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A job jar's main class run to its end in a JVM of its own, on Flink's classpath with Flink's JVM
 * options (so {@code getExecutionEnvironment()} gives a local MiniCluster): the reference run tests
 * compare a cluster with. Part of the stack's public API.
 */
public final class LocalJobRun {
  private LocalJobRun() {}

  /**
   * The options every Flink JVM on Java 17 needs (Flink's own {@code env.java.opts.all} default),
   * as this class and bin/tweetrade give them: for a test that starts such a JVM itself.
   */
  public static List<String> jvmOptions() {
    return FlinkJvmOptions.asArgs();
  }

  /**
   * Runs {@code mainClass} of {@code jobJar} with {@code args}; logs to {@code
   * <home>/logs/<name>.log}. Fails with the log's last lines when it does not exit with 0 within
   * {@code timeout}.
   */
  public static void runToEnd(
      String name, Path jobJar, String mainClass, List<String> args, Path home, Duration timeout)
      throws InterruptedException {
    List<String> classpath = new ArrayList<>(ServerClasspath.flink());
    classpath.add(jobJar.toString());
    List<String> jvmArgs = new ArrayList<>(jvmOptions());
    jvmArgs.add("-Xmx1g");
    ChildJvm run =
        ChildJvm.start(
            name,
            0,
            jvmArgs,
            classpath,
            mainClass,
            args,
            Map.of(),
            home,
            home.resolve("logs").resolve(name + ".log"));
    try {
      if (!run.waitFor(timeout)) {
        throw new AssertionError(
            "The "
                + name
                + " run did not finish within "
                + timeout.toSeconds()
                + " s. "
                + run.logTailReport(40));
      }
      if (run.exitCode() != 0) {
        throw new AssertionError(
            "The " + name + " run exited with " + run.exitCode() + ". " + run.logTailReport(40));
      }
    } finally {
      run.stop(Duration.ofSeconds(10));
    }
  }
}
