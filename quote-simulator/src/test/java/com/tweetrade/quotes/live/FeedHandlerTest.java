package com.tweetrade.quotes.live;

import static com.tweetrade.quotes.live.FeedMessages.T0;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrade;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrades;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.Quote;
import com.tweetrade.quotes.QuoteSink;
import com.tweetrade.quotes.live.finnhub.FinnhubProtocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedHandlerTest {
  private final List<Quote> quotes = new ArrayList<>();
  private final List<DeadLetter> letters = new ArrayList<>();
  private boolean refuse;

  private final QuoteSink sink =
      new QuoteSink() {
        @Override
        public void send(Quote quote) {
          if (refuse)
            throw new IllegalStateException("sending to topic quotes failed: broker gone");
          quotes.add(quote);
        }

        @Override
        public void deadLetter(DeadLetter letter) {
          letters.add(letter);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private FeedHandler handler(long count) {
    return new FeedHandler(new FinnhubProtocol("t"), sink, count, null, () -> 42L);
  }

  @Test
  void shouldSendValidQuotesUpToTheCountAndDeadLetterTheRestWithTheirPosition() {
    FeedHandler h = handler(2);
    h.onText(
        finnhubTrades(finnhubTrade("AAPL", "1.5", T0, "0"), finnhubTrade("AAPL", "1.5", T0, "10")),
        m -> {});
    h.onText(
        finnhubTrades(finnhubTrade("MSFT", "2", T0, "5"), finnhubTrade("XOM", "3", T0, "5")),
        m -> {});

    assertThat(quotes).extracting(Quote::ticker).containsExactly("AAPL", "MSFT");
    assertThat(h.countReached()).isTrue();
    assertThat(letters)
        .containsExactly(
            new DeadLetter(
                "quote-simulator/finnhub",
                "size must be positive, was 0",
                "{\"c\":[\"1\",\"12\"],\"p\":1.5,\"s\":\"AAPL\",\"t\":" + T0 + ",\"v\":0}",
                "finnhub:1",
                42L));
  }

  @Test
  void shouldStopTheSourceWhenKafkaRefusesInsteadOfFailingEveryFrame() {
    FeedHandler h = handler(-1);
    refuse = true;
    h.onText(finnhubTrades(finnhubTrade("AAPL", "1.5", T0, "10")), m -> {});

    assertThat(h.fatal())
        .isEqualTo("writing to Kafka failed: sending to topic quotes failed: broker gone");
    assertThat(h.sent()).isZero();
  }
}
