package com.tweetrade.quotes;

import static com.tweetrade.quotes.live.FeedMessages.T0;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrade;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrades;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.quotes.live.FakeFeedServer;
import com.tweetrade.quotes.live.FakeFeedServer.Script;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 12 for the live feeds: {@code simulate-quotes --source finnhub} in its own JVM, its
 * broker unreachable and its socket thread blocked handing a trade to Kafka, ends within the
 * bounded close after SIGTERM and says what it dropped.
 */
class LiveShutdownWithoutBrokerTest {
  private static final long BOUND_SECONDS = KafkaQuoteSink.CLOSE_TIMEOUT.toSeconds() + 5;

  @Test
  void shouldExitWithinTheBoundOnSigtermWhenTheBrokerIsGone() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Script play =
        new Script().await("AAPL").send(finnhubTrades(finnhubTrade("AAPL", "189.62", T0, "100")));
    try (FakeFeedServer server = new FakeFeedServer(play)) {
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  QuoteSimulatorCommand.class.getName(),
                  "--source",
                  "finnhub",
                  "--endpoint",
                  server.endpoint("/"),
                  "--tickers",
                  "AAPL",
                  "--kafka",
                  "127.0.0.1:" + closedPort)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      builder.environment().put("FINNHUB_TOKEN", "shutdown-test-token");
      Process p = builder.start();
      List<String> stderr = new CopyOnWriteArrayList<>();
      Thread reader = new Thread(() -> readLines(p, stderr), "feed-stderr");
      reader.start();
      long took;
      try {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (server.connections.isEmpty() || server.connections.get(0).received().isEmpty()) {
          assertThat(p.isAlive()).as("feed still running; stderr: %s", stderr).isTrue();
          assertThat(System.nanoTime()).as("subscribed; stderr: %s", stderr).isLessThan(end);
          Thread.sleep(100);
        }
        Thread.sleep(
            1_500); // the trade is sent now; its send waits for a broker that never answers
        long start = System.nanoTime();
        assertThat(p.toHandle().destroy()).as("SIGTERM sent").isTrue();
        boolean exited = p.waitFor(60, TimeUnit.SECONDS);
        took = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertThat(exited).as("exited after SIGTERM; stderr: %s", stderr).isTrue();
      } finally {
        p.destroyForcibly();
      }
      reader.join(10_000);
      assertThat(took)
          .as("seconds from SIGTERM to exit; stderr: %s", stderr)
          .isLessThanOrEqualTo(BOUND_SECONDS);
      assertThat(stderr).anyMatch(l -> l.contains("quotes sent: 0"));
      assertThat(String.join("\n", stderr)).doesNotContain("shutdown-test-token");
    }
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
