package com.tweetrade.quotes;

import static com.tweetrade.quotes.live.FeedMessages.T0;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrade;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrades;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Quote;
import com.tweetrade.quotes.live.FakeFeedServer;
import com.tweetrade.quotes.live.FakeFeedServer.Script;
import com.tweetrade.stack.junit.UpPartArgs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code up --live} as far as this part goes: the args {@code up} resolves from this module's real
 * {@code tweetrade-part.properties} start the command against a Finnhub-like feed on 127.0.0.1 (a
 * full {@code up} is left out: it starts Kafka, Cassandra, Flink and the UI, minutes on this
 * machine).
 */
class UpLivePartTest {
  private static final Map<String, String> ENV = Map.of("FINNHUB_TOKEN", "up-live-token");

  private static List<String> liveArgs(Map<String, String> env, String quoteEndpoint) {
    return UpPartArgs.of("quote-simulator", true, env, quoteEndpoint, null);
  }

  @Test
  void shouldStartTheFinnhubFeedUpChoosesAgainstALoopbackEndpoint() throws Exception {
    Script play =
        new Script().await("AAPL").send(finnhubTrades(finnhubTrade("AAPL", "189.62", T0, "100")));
    try (FakeFeedServer server = new FakeFeedServer(play)) {
      List<String> args = new ArrayList<>(liveArgs(ENV, server.endpoint("/")));
      assertThat(args).containsExactly("--source", "finnhub", "--endpoint=" + server.endpoint("/"));
      args.addAll(
          List.of("--tickers", "AAPL", "--count", "1")); // up quotes rule tickers; a test needs one

      ListSink sink = new ListSink();
      QuoteSimulatorCommand command =
          new QuoteSimulatorCommand(
              ENV,
              props -> sink,
              Clock.systemUTC(),
              new FakeClocks(),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(new CommandLine(command).execute(args.toArray(String[]::new))).isZero();
      assertThat(sink.quotes).containsExactly(new Quote("AAPL", 18962, 100, 18962, 18962, T0));
    }
  }

  @Test
  void shouldStaySimulatedWithoutACredential() {
    assertThat(liveArgs(Map.of(), "ws://127.0.0.1:1/")).containsExactly("--source", "simulated");
  }
}
