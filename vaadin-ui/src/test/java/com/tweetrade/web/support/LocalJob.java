package com.tweetrade.web.support;

import com.tweetrade.model.settings.ProjectRoot;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real TweeTrade Flink job, started as {@code bin/tweetrade job --local} starts it (its own JVM
 * and heap as {@code up} gives it, a MiniCluster with {@code flink-conf/}'s checkpointing every
 * second), on the test stack: the keyspace and the rules, trades, aggregates and alerts topics of
 * {@link TestStack}, so the tests' web UI sees what it does, and a quotes topic of its own that the
 * test writes.
 *
 * <p>It runs with {@code TWEETRADE_NO_BUILD=1}: flink-job must be built ({@code target/classes},
 * {@code target/classpath.txt}), as for the backtest ITs. Its data and log go under {@code
 * target/local-job-<id>/}. The local run's Web UI takes port 8081: the test fails at once, saying
 * so, when that port is taken.
 */
public final class LocalJob implements AutoCloseable {
  private static final URI JOBS = URI.create("http://127.0.0.1:8081/jobs/overview");

  private final Process process;
  private final Path log;
  private final String quotesTopic;
  private final String tweetsTopic;
  private final String deadLettersTopic;
  private final String group;

  private LocalJob(
      Process process,
      Path log,
      String quotesTopic,
      String tweetsTopic,
      String deadLettersTopic,
      String group) {
    this.process = process;
    this.log = log;
    this.quotesTopic = quotesTopic;
    this.tweetsTopic = tweetsTopic;
    this.deadLettersTopic = deadLettersTopic;
    this.group = group;
  }

  /** Starts the job; call {@link #awaitRunning} before relying on it. */
  public static LocalJob start() throws IOException {
    if (portTaken(8081)) {
      throw new AssertionError(
          "port 8081 is taken: the local Flink run's Web UI needs it (is `bin/tweetrade up`"
              + " running?)");
    }
    var stack = TestStack.stack();
    String id = UUID.randomUUID().toString().substring(0, 8);
    Path home = Path.of("target", "local-job-" + id).toAbsolutePath();
    Files.createDirectories(home);
    String quotes = stack.createTopic("quotes", 1);
    String tweets = stack.createTopic("tweets", 1);
    String deadLetters = stack.createTopic("dead-letters", 1);
    String group = "local-job-" + id;
    Path root = ProjectRoot.find();
    List<String> command =
        new ArrayList<>(
            List.of(
                root.resolve("bin/tweetrade").toString(),
                "job",
                "--local",
                "--kafka",
                stack.kafkaBootstrap(),
                "--cql",
                stack.cassandraContactPoint().getHostString()
                    + ":"
                    + stack.cassandraContactPoint().getPort(),
                "--keyspace",
                TestStack.keyspace(),
                "--quotes-topic",
                quotes,
                "--tweets-topic",
                tweets,
                "--dead-letters-topic",
                deadLetters,
                "--positions-topic",
                stack.createTopic("positions", 1),
                "--rules-topic",
                TestStack.rulesTopic(),
                "--trades-topic",
                TestStack.tradesTopic(),
                "--aggregates-topic",
                TestStack.aggregatesTopic(),
                "--alerts-topic",
                TestStack.alertsTopic(),
                "--group",
                group,
                "--transactional-id-prefix",
                "local-job-" + id));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("job.log").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    // Only what is set here: no settings of a developer's own stack, no credentials.
    builder.environment().keySet().removeIf(name -> name.startsWith("TWEETRADE_"));
    builder.environment().put("TWEETRADE_NO_BUILD", "1");
    builder.environment().put("TWEETRADE_HOME", home.toString());
    builder.environment().put("TWEETRADE_JAVA_OPTS", "-Xmx2g");
    return new LocalJob(
        builder.start(), home.resolve("job.log"), quotes, tweets, deadLetters, group);
  }

  /** The topic the job reads its quotes from. */
  public String quotesTopic() {
    return quotesTopic;
  }

  /** The topic the job reads its tweets from. */
  public String tweetsTopic() {
    return tweetsTopic;
  }

  /** The topic the job writes its dead letters to. */
  public String deadLettersTopic() {
    return deadLettersTopic;
  }

  /** The job's Kafka consumer group ({@code --group}). */
  public String group() {
    return group;
  }

  /** Waits until the job's REST API lists it RUNNING; fails with the job's log otherwise. */
  public void awaitRunning(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) throw new AssertionError("the job exited: " + tail());
      try {
        String body =
            http.send(
                    HttpRequest.newBuilder(JOBS).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        if (body.contains("\"RUNNING\"")) return;
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError("the job was not RUNNING within " + timeout + ": " + tail());
  }

  /** The end of the job's log, for failure messages. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return log
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ": " + e + ")";
    }
  }

  private static boolean portTaken(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** SIGTERM, then a kill if the JVM is still there a minute later. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
