package com.tweetrade.stack.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code up} in a JVM of its own, as bin/tweetrade runs it, on ports the test chose and with its
 * stdout and stderr in a file: for tests of {@code up} end to end.
 */
public final class UpJvm {
  /** {@code up}'s main class (package-private in {@code stack.up}, hence by name). */
  private static final String MAIN_CLASS = "com.tweetrade.stack.up.UpCommand";

  private UpJvm() {}

  /**
   * A builder for {@code java -cp <classpath> UpCommand --root <root> <port flags> --status-every
   * <statusEverySeconds> <more>}, writing both streams to {@code output}. It drops the {@code
   * TWEETRADE_*} variables bin/tweetrade exports: they would send up's data and logs elsewhere.
   *
   * @param ports Kafka, the KRaft controller, CQL, Cassandra storage and Cassandra JMX, in that
   *     order
   */
  public static ProcessBuilder builder(
      String classpath,
      Path root,
      List<Integer> ports,
      int statusEverySeconds,
      Path output,
      String... more) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                MAIN_CLASS,
                "--root",
                root.toString()));
    List<String> portFlags =
        List.of(
            "--kafka-port",
            "--kafka-controller-port",
            "--cql-port",
            "--cassandra-storage-port",
            "--cassandra-jmx-port");
    for (int i = 0; i < portFlags.size(); i++) {
      command.add(portFlags.get(i));
      command.add(ports.get(i).toString());
    }
    command.add("--status-every");
    command.add(Integer.toString(statusEverySeconds));
    command.addAll(List.of(more));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("TWEETRADE_"));
    return builder;
  }

  /** Waits until {@code output} contains {@code expected}; fails when up exits or time runs out. */
  public static void awaitOutput(Process up, Path output, String expected, Duration limit)
      throws Exception {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      String text = Files.exists(output) ? Files.readString(output) : "";
      if (text.contains(expected)) {
        return;
      }
      if (!up.isAlive()) {
        throw new AssertionError(
            "up exited with " + up.exitValue() + " before printing '" + expected + "':\n" + text);
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "up did not print '" + expected + "' within " + limit + ":\n" + Files.readString(output));
  }
}
