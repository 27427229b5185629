package com.tweetrade.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures how long the stack takes to start (fresh, then again on the same data), provision and
 * stop, and appends the figures to {@code target/benchmarks/stack-startup.txt}. Not a test: timings
 * depend on the machine's load, so nothing asserts on them.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/classpath.txt)
 * com.tweetrade.stack.StackStartupBenchmark [starts]} in stack/launcher.
 */
public final class StackStartupBenchmark {
  private StackStartupBenchmark() {}

  public static void main(String[] args) throws IOException {
    int starts = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    Path home = Files.createDirectories(Path.of("target", "benchmark-" + System.nanoTime()));
    StackSettings settings = StackSettings.randomPorts(home);
    Path root = ProjectRoot.find();
    List<String> lines = new ArrayList<>();
    lines.add(
        "# "
            + Instant.now()
            + " cores="
            + Runtime.getRuntime().availableProcessors()
            + " load="
            + Files.readString(Path.of("/proc/loadavg")).trim());
    for (int i = 1; i <= starts; i++) {
      long t0 = System.nanoTime();
      LocalStack stack = LocalStack.start(settings, false, root);
      long started = System.nanoTime();
      stack.provision(root);
      long provisioned = System.nanoTime();
      stack.close();
      long stopped = System.nanoTime();
      lines.add(
          String.format(
              "start %d (%s): kafka_ready_s=%.1f cassandra_ready_s=%.1f both_ready_s=%.1f"
                  + " provision_s=%.1f stop_s=%.1f",
              i,
              i == 1 ? "fresh" : "existing data",
              seconds(stack.kafka().startupTime()),
              seconds(stack.cassandra().startupTime()),
              (started - t0) / 1e9,
              (provisioned - started) / 1e9,
              (stopped - provisioned) / 1e9));
      System.out.println(lines.get(lines.size() - 1));
    }
    Path out =
        Files.createDirectories(Path.of("target", "benchmarks")).resolve("stack-startup.txt");
    Files.write(
        out,
        lines,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    System.out.println("written to " + out.toAbsolutePath());
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
