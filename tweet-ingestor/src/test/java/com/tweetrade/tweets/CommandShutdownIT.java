package com.tweetrade.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CLI as its own process: prints progress lines, and on SIGTERM (what Ctrl-C and {@code
 * bin/tweetrade up} send) stops, flushes and reports totals that match the topic exactly.
 *
 * <p>SIGTERM goes through {@link ProcessHandle#destroy()}, not {@link Process#destroy()}: the
 * latter also closes this side of the child's stdout and stderr pipes right after the signal, so
 * whatever the child prints while shutting down (the very lines under test) could never be read.
 */
@ExtendWith(RealStackExtension.class)
class CommandShutdownIT {
  private static final Pattern DONE =
      Pattern.compile(
          "tweet-ingestor: done: sent (\\d+), dead-lettered 0, duplicates 0, failed 0; ");
  private static final Pattern PROGRESS =
      Pattern.compile("tweet-ingestor: sent [1-9]\\d*, .* tweets/s");

  @Test
  void shouldFlushEverythingAndPrintTotalsOnSigterm(RealStack stack) throws Exception {
    String topic = stack.createTopic("tweets", 3);
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                TweetIngestorCommand.class.getName(),
                "--source",
                "synthetic",
                "--rate",
                "200",
                "--kafka",
                stack.kafkaBootstrap(),
                "--topic",
                topic,
                "--progress-seconds",
                "1")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> stderr = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> readLines(p, stderr), "ingestor-stderr");
    reader.start();
    try {
      // generous: JVM start, Kafka metadata and the first ack can take long on a busy 2-core
      // machine
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (stderr.stream().noneMatch(l -> PROGRESS.matcher(l).matches())) {
        assertThat(p.isAlive()).as("ingestor still running; stderr: %s", stderr).isTrue();
        assertThat(System.nanoTime())
            .as("a progress line with tweets sent; stderr: %s", stderr)
            .isLessThan(end);
        Thread.sleep(100);
      }
      assertThat(p.toHandle().destroy()).as("SIGTERM sent").isTrue();
      assertThat(p.waitFor(90, TimeUnit.SECONDS))
          .as("exited after SIGTERM; stderr: %s", stderr)
          .isTrue();
    } finally {
      p.destroyForcibly();
    }
    reader.join(30_000);
    assertThat(stderr)
        .as("the shutdown hook's line")
        .contains("tweet-ingestor: stopping: flushing what was handed to Kafka");
    String last =
        stderr.stream()
            .filter(l -> l.contains("done:"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no final line; stderr: " + stderr));
    Matcher m = DONE.matcher(last);
    assertThat(m.find()).as(last).isTrue();
    long sent = Long.parseLong(m.group(1));
    assertThat(sent).isPositive();
    assertThat(
            TopicReader.readAll(
                stack.kafkaBootstrap(),
                topic,
                (int) sent,
                Duration.ofSeconds(60),
                Duration.ofSeconds(2)))
        .hasSize((int) sent);
  }

  private static void readLines(Process p, List<String> into) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      r.lines().forEach(into::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      into.add("(reading stderr failed: " + e + ")");
    }
  }
}
