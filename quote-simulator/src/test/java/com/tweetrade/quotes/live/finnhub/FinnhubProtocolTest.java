package com.tweetrade.quotes.live.finnhub;

import static com.tweetrade.quotes.live.FeedMessages.T0;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrade;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrades;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.model.Quote;
import com.tweetrade.quotes.live.FeedMessages;
import com.tweetrade.quotes.live.RecordingListener;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinnhubProtocolTest {
  private final FinnhubProtocol finnhub = new FinnhubProtocol("tok/en+1");

  @Test
  void shouldMapEachTradeToAQuoteWithBidAndAskAtThePrice() {
    RecordingListener l = new RecordingListener();
    finnhub.read(
        finnhubTrades(
            finnhubTrade("AAPL", "189.625", T0, "100"),
            finnhubTrade("BRK.B", "360.1", T0 + 5, "7.9")),
        l);

    assertThat(l.quotes)
        .containsExactly(
            new Quote("AAPL", 18963, 100, 18963, 18963, T0),
            new Quote("BRK-B", 36010, 7, 36010, 36010, T0 + 5));
    assertThat(l.malformed).isEmpty();
  }

  @Test
  void shouldPassInvalidValuesOnForTheDeadLetterAndReportBrokenOnes() {
    RecordingListener l = new RecordingListener();
    finnhub.read(
        finnhubTrades(finnhubTrade("AAPL", "0", T0, "100"), "{\"p\":1.0,\"t\":1,\"v\":1}"), l);
    finnhub.read("{\"type\":\"trade\",\"data\":[", l);
    finnhub.read("{\"data\":[]}", l);

    assertThat(l.quotes)
        .extracting(Quote::problem)
        .containsExactly("price must be positive, was 0");
    assertThat(l.malformed)
        .satisfiesExactly(
            r -> assertThat(r).startsWith("trade without text \"s\""),
            r -> assertThat(r).startsWith("not JSON: "),
            r -> assertThat(r).isEqualTo("no \"type\""));
  }

  @Test
  void shouldCountPingsAndOtherTypesAndReportErrorsAsNotFatal() {
    RecordingListener l = new RecordingListener();
    finnhub.read(FeedMessages.FINNHUB_PING, l);
    finnhub.read(FeedMessages.FINNHUB_NEWS, l);
    finnhub.read(FeedMessages.FINNHUB_ERROR, l);

    assertThat(l.skipped).containsExactly("ping", "type news");
    assertThat(l.errors).containsExactly("Invalid symbol: XYZQ");
  }

  @Test
  void shouldSubscribeOneSymbolAMessageAndKeepTheTokenOutOfLogs() {
    assertThat(finnhub.subscribe(List.of("AAPL", "BRK-B")))
        .containsExactly(
            "{\"type\":\"subscribe\",\"symbol\":\"AAPL\"}",
            "{\"type\":\"subscribe\",\"symbol\":\"BRK.B\"}");
    assertThat(finnhub.unsubscribe(List.of("AAPL")))
        .containsExactly("{\"type\":\"unsubscribe\",\"symbol\":\"AAPL\"}");
    String uri = finnhub.connectUri("wss://ws.finnhub.io").toString();
    assertThat(uri).isEqualTo("wss://ws.finnhub.io?token=tok%2Fen%2B1");
    assertThat(finnhub.redact("connected to " + uri + " with tok/en+1"))
        .isEqualTo("connected to wss://ws.finnhub.io?token=*** with ***");
  }

  @Test
  void shouldNameTheVariableWhenTheTokenIsMissing() {
    assertThatThrownBy(() -> FinnhubProtocol.fromEnvironment(Map.of()))
        .hasMessageContaining("FINNHUB_TOKEN");
  }
}
