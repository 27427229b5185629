package com.tweetrade.quotes.live.alpaca;

import static com.tweetrade.quotes.live.FeedMessages.ALPACA_AUTHENTICATED;
import static com.tweetrade.quotes.live.FeedMessages.ALPACA_CONNECTED;
import static com.tweetrade.quotes.live.FeedMessages.T0;
import static com.tweetrade.quotes.live.FeedMessages.alpaca;
import static com.tweetrade.quotes.live.FeedMessages.alpacaQuote;
import static com.tweetrade.quotes.live.FeedMessages.alpacaSubscription;
import static com.tweetrade.quotes.live.FeedMessages.alpacaTrade;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Quote;
import com.tweetrade.quotes.live.FeedMessages;
import com.tweetrade.quotes.live.RecordingListener;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlpacaProtocolTest {
  private static final String AT = "2023-11-30T15:00:00Z";
  private final AlpacaProtocol alpaca = new AlpacaProtocol("PKKEY123", "s3cr3t");

  @Test
  void shouldAuthenticateOnConnectedAndBeReadyOnAuthenticated() {
    RecordingListener l = new RecordingListener();
    alpaca.read(alpaca(ALPACA_CONNECTED), l);
    assertThat(l.replies)
        .containsExactly("{\"action\":\"auth\",\"key\":\"PKKEY123\",\"secret\":\"s3cr3t\"}");
    assertThat(l.ready).isFalse();
    alpaca.read(alpaca(ALPACA_AUTHENTICATED, alpacaSubscription("AAPL")), l);
    assertThat(l.ready).isTrue();
    assertThat(l.skipped).containsExactly("connected", "subscription");
  }

  @Test
  void shouldTakeBidAndAskFromTheLatestQuoteWidenedToTheTradePrice() {
    RecordingListener l = new RecordingListener();
    alpaca.read(alpaca(alpacaTrade("BRK.B", "360.1", 5, AT)), l); // no quote yet: price for both
    alpaca.read(
        alpaca(
            alpacaQuote("AAPL", "189.1", "189.14", AT),
            alpacaTrade("AAPL", "189.12", 100, "2023-11-30T15:00:00.123456789Z")),
        l);
    alpaca.read(alpaca(alpacaTrade("AAPL", "189.2", 30, AT)), l);
    alpaca.read(
        alpaca(alpacaQuote("AAPL", "0", "189.3", AT), alpacaTrade("AAPL", "189.05", 1, AT)),
        l); // one-sided: kept old

    assertThat(l.quotes)
        .containsExactly(
            new Quote("BRK-B", 36010, 5, 36010, 36010, T0),
            new Quote("AAPL", 18912, 100, 18910, 18914, T0 + 123),
            new Quote("AAPL", 18920, 30, 18910, 18920, T0),
            new Quote("AAPL", 18905, 1, 18905, 18914, T0));
  }

  @Test
  void shouldReportBrokenMessagesAndFatalErrors() {
    RecordingListener l = new RecordingListener();
    alpaca.read("[{\"T\":\"t\",\"S\":\"AAPL\"", l);
    alpaca.read("{\"T\":\"t\"}", l);
    alpaca.read(
        alpaca(
            "{\"x\":1}",
            alpacaTrade("AAPL", "189.1", 100, "yesterday"),
            alpacaTrade("AAPL", "-1", 100, AT)),
        l);
    alpaca.read(
        alpaca(
            FeedMessages.ALPACA_INTERNAL_ERROR, FeedMessages.ALPACA_AUTH_FAILED, "{\"T\":\"b\"}"),
        l);

    assertThat(l.malformed)
        .satisfiesExactly(
            r -> assertThat(r).startsWith("not JSON: "),
            r -> assertThat(r).isEqualTo("not a JSON array of messages"),
            r -> assertThat(r).isEqualTo("message without \"T\""),
            r -> assertThat(r).isEqualTo("trade time is not an RFC 3339 time: yesterday"));
    assertThat(l.quotes)
        .extracting(Quote::problem)
        .containsExactly("price must be positive, was -100");
    assertThat(l.errors).containsExactly("500 internal error", "fatal 402 auth failed");
    assertThat(l.skipped).containsExactly("T b");
  }

  @Test
  void shouldSubscribeTradesAndQuotesAndReadTheDocumentedVariablesFirst() {
    assertThat(alpaca.subscribe(List.of("AAPL", "BRK-B")))
        .containsExactly(
            "{\"action\":\"subscribe\",\"trades\":[\"AAPL\",\"BRK.B\"],\"quotes\":[\"AAPL\",\"BRK.B\"]}");
    assertThat(alpaca.redact("key PKKEY123 secret s3cr3t")).isEqualTo("key *** secret ***");
    Map<String, String> both =
        Map.of(
            "APCA_API_KEY_ID",
            "a",
            "APCA_API_SECRET_KEY",
            "b",
            "ALPACA_API_KEY_ID",
            "c",
            "ALPACA_API_SECRET_KEY",
            "d");
    assertThat(AlpacaProtocol.fromEnvironment(both).redact("a b c d")).isEqualTo("*** *** c d");
    assertThat(
            AlpacaProtocol.configured(
                Map.of("ALPACA_API_KEY_ID", "c", "ALPACA_API_SECRET_KEY", "d")))
        .isTrue();
    assertThat(AlpacaProtocol.configured(Map.of("APCA_API_KEY_ID", "a"))).isFalse();
  }
}
