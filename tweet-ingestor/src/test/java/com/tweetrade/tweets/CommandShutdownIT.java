package com.tweetrade.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.junit.CommandJvm;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CLI as its own process: prints progress lines, and on SIGTERM (what Ctrl-C and {@code
 * bin/tweetrade up} send) stops, flushes and reports totals that match the topic exactly.
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
    long sent;
    try (CommandJvm ingestor =
        ShutdownWithoutBrokerTest.startSynthetic(200, stack.kafkaBootstrap(), "--topic", topic)) {
      // generous: JVM start, Kafka metadata and the first ack can take long on a busy 2-core
      // machine
      ingestor.awaitStderr(
          l -> PROGRESS.matcher(l).matches(),
          Duration.ofSeconds(120),
          "a progress line with tweets sent");
      ingestor.sigterm(Duration.ofSeconds(90));
      assertThat(ingestor.stderr())
          .as("the shutdown hook's line")
          .contains("tweet-ingestor: stopping: flushing what was handed to Kafka");
      String last =
          ingestor.stderr().stream()
              .filter(l -> l.contains("done:"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no final line; stderr: " + ingestor.stderr()));
      Matcher m = DONE.matcher(last);
      assertThat(m.find()).as(last).isTrue();
      sent = Long.parseLong(m.group(1));
    }
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
}
