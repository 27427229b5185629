package com.tweetrade.quotes.live.alpaca;

import static com.tweetrade.quotes.live.FeedMessages.ALPACA_AUTHENTICATED;
import static com.tweetrade.quotes.live.FeedMessages.ALPACA_CONNECTED;
import static com.tweetrade.quotes.live.FeedMessages.T0;
import static com.tweetrade.quotes.live.FeedMessages.alpaca;
import static com.tweetrade.quotes.live.FeedMessages.alpacaQuote;
import static com.tweetrade.quotes.live.FeedMessages.alpacaSubscription;
import static com.tweetrade.quotes.live.FeedMessages.alpacaTrade;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.Quote;
import com.tweetrade.quotes.live.FakeFeedServer;
import com.tweetrade.quotes.live.FakeFeedServer.End;
import com.tweetrade.quotes.live.FakeFeedServer.Script;
import com.tweetrade.quotes.live.FeedMessages;
import com.tweetrade.quotes.live.LiveFeedRun;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alpaca end to end: a loopback IEX feed greets, checks the auth message, confirms the subscription
 * and replays recorded frames (quotes, trades, a ping, a non-fatal error, broken and binary
 * frames), then drops the connection; the source reconnects, authenticates and subscribes again.
 * The real quotes topic must hold exactly the valid trades with bid and ask from the latest quote.
 * A refused key stops the source: nothing reaches the topics.
 */
@ExtendWith(RealStackExtension.class)
class AlpacaIT {
  private static final String AT = "2023-11-30T15:00:00Z";

  private static Script greeting() {
    return new Script()
        .send(alpaca(ALPACA_CONNECTED))
        .await("\"action\":\"auth\"")
        .send(alpaca(ALPACA_AUTHENTICATED))
        .await("\"action\":\"subscribe\"")
        .send(alpaca(alpacaSubscription("AAPL", "BRK.B")));
  }

  @Test
  void shouldSendEachValidTradeOnceAcrossADrop(RealStack stack) throws Exception {
    Script first =
        greeting()
            .send(
                alpaca(
                    alpacaQuote("AAPL", "189.1", "189.14", AT),
                    alpacaTrade("AAPL", "189.12", 100, "2023-11-30T15:00:00.123Z")))
            .ping()
            .send(alpaca(alpacaTrade("BRK.B", "360.1", 5, AT)))
            .send(alpaca(FeedMessages.ALPACA_INTERNAL_ERROR))
            .send("[{\"T\":\"t\",\"S\":")
            .send(alpaca("{\"x\":1}", alpacaTrade("AAPL", "189.1", 100, "yesterday")))
            .binary()
            .end(End.DROP);
    Script second =
        greeting().send(alpaca(alpacaTrade("AAPL", "189.2", 30, "2023-11-30T15:00:01Z")));

    try (FakeFeedServer server = new FakeFeedServer(first, second)) {
      LiveFeedRun run =
          LiveFeedRun.run(
              stack,
              new AlpacaProtocol("PKTEST", "secret-1"),
              server.endpoint("/v2/iex"),
              Set.of("AAPL", "BRK-B"),
              3);

      assertThat(run.source.connects()).isEqualTo(2);
      assertThat(run.quotes(3))
          .containsExactlyInAnyOrder(
              new Quote("AAPL", 18912, 100, 18910, 18914, T0 + 123),
              new Quote("BRK-B", 36010, 5, 36010, 36010, T0),
              new Quote(
                  "AAPL", 18920, 30, 18910, 18920,
                  T0 + 1000)); // the last quote, widened to the print
      assertThat(run.deadLetters(4))
          .satisfiesExactlyInAnyOrder(
              d -> assertThat(d.reason()).startsWith("not JSON: "),
              d -> assertThat(d.reason()).isEqualTo("message without \"T\""),
              d ->
                  assertThat(d.reason()).isEqualTo("trade time is not an RFC 3339 time: yesterday"),
              d -> assertThat(d.reason()).startsWith("a binary frame of 4 bytes"));
      assertThat(run.deadLetters(4))
          .extracting(DeadLetter::source)
          .containsOnly("quote-simulator/alpaca");
      for (FakeFeedServer.Connection c : server.connections) {
        assertThat(c.request().getPath()).isEqualTo("/v2/iex");
        assertThat(c.received())
            .containsExactly(
                "{\"action\":\"auth\",\"key\":\"PKTEST\",\"secret\":\"secret-1\"}",
                "{\"action\":\"subscribe\",\"trades\":[\"AAPL\",\"BRK.B\"],\"quotes\":[\"AAPL\",\"BRK.B\"]}");
      }
    }
  }

  @Test
  void shouldStopAndSendNothingWhenTheKeyIsRefused(RealStack stack) throws Exception {
    Script refusing =
        new Script()
            .send(alpaca(ALPACA_CONNECTED))
            .await("\"action\":\"auth\"")
            .send(alpaca(FeedMessages.ALPACA_AUTH_FAILED))
            .send(alpaca(alpacaTrade("AAPL", "189.2", 30, AT)))
            .end(End.CLOSE);
    try (FakeFeedServer server = new FakeFeedServer(refusing)) {
      LiveFeedRun run =
          LiveFeedRun.run(
              stack,
              new AlpacaProtocol("PKBAD", "wrong"),
              server.endpoint("/v2/iex"),
              Set.of("AAPL"),
              -1);

      assertThat(run.source.fatal()).isEqualTo("alpaca refused us: 402 auth failed");
      assertThat(run.source.connects())
          .isEqualTo(1); // no reconnect with credentials that were refused
      assertThat(server.connections.get(0).received()).noneMatch(m -> m.contains("subscribe"));
      assertThat(run.quotes(0)).isEmpty();
      assertThat(run.deadLetters(0)).isEmpty();
    }
  }
}
