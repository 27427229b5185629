package com.tweetrade.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.junit.CommandJvm;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 12: {@code ingest-tweets} stopped by SIGTERM while its broker is unreachable ends
 * within the producer's bounded close (its source is blocked in a send that waits for the broker;
 * before, the hook only asked the source to stop and the send held the process for 20 s).
 */
class ShutdownWithoutBrokerTest {
  /** 2 s for the source to stop, the producer's 10 s close, slack for a busy machine. */
  private static final long BOUND_SECONDS = TweetPublisher.CLOSE_TIMEOUT.toSeconds() + 5;

  @Test
  void shouldExitWithinTheBoundOnSigtermWhenTheBrokerIsGone() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (CommandJvm ingestor = startSynthetic(50, "127.0.0.1:" + closedPort)) {
      ingestor.awaitStderr(
          l -> l.startsWith("tweet-ingestor: sent"), Duration.ofSeconds(60), "a progress line");
      Duration took = ingestor.sigterm(Duration.ofSeconds(60));
      assertThat(took.toSeconds())
          .as("seconds from SIGTERM to exit; stderr: %s", ingestor.stderr())
          .isLessThanOrEqualTo(BOUND_SECONDS);
      assertThat(ingestor.stderr()).anyMatch(l -> l.contains("tweet-ingestor: done: sent 0,"));
    }
  }

  /**
   * {@code ingest-tweets --source synthetic} at {@code rate} tweets/s into {@code kafka}, with a
   * progress line every second, in a JVM of its own (CommandShutdownIT's too).
   */
  static CommandJvm startSynthetic(int rate, String kafka, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--source",
                "synthetic",
                "--rate",
                Integer.toString(rate),
                "--kafka",
                kafka,
                "--progress-seconds",
                "1"));
    args.addAll(List.of(more));
    return CommandJvm.start(TweetIngestorCommand.class, Map.of(), args.toArray(String[]::new));
  }
}
