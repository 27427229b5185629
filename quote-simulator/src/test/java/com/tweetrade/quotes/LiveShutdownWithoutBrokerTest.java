package com.tweetrade.quotes;

import static com.tweetrade.quotes.live.FeedMessages.T0;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrade;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrades;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.quotes.live.FakeFeedServer;
import com.tweetrade.quotes.live.FakeFeedServer.Script;
import com.tweetrade.stack.junit.CommandJvm;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
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
    try (FakeFeedServer server = new FakeFeedServer(play);
        CommandJvm feed =
            CommandJvm.start(
                QuoteSimulatorCommand.class,
                Map.of("FINNHUB_TOKEN", "shutdown-test-token"),
                "--source",
                "finnhub",
                "--endpoint",
                server.endpoint("/"),
                "--tickers",
                "AAPL",
                "--kafka",
                "127.0.0.1:" + closedPort)) {
      feed.await(
          () -> !server.connections.isEmpty() && !server.connections.get(0).received().isEmpty(),
          Duration.ofSeconds(60),
          "a subscription");
      Thread.sleep(1_500); // the trade is sent now; its send waits for a broker that never answers
      Duration took = feed.sigterm(Duration.ofSeconds(60));
      assertThat(took.toSeconds())
          .as("seconds from SIGTERM to exit; stderr: %s", feed.stderr())
          .isLessThanOrEqualTo(BOUND_SECONDS);
      assertThat(feed.stderr()).anyMatch(l -> l.contains("quotes sent: 0"));
      assertThat(String.join("\n", feed.stderr())).doesNotContain("shutdown-test-token");
    }
  }
}
