package com.tweetrade.web.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.web.base.TweetradeProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketFeedTest {
  private static final long T0 = 1_767_261_600_000L;
  private final MarketFeed feed =
      new MarketFeed(
          new TweetradeProperties(
              "x:1",
              "x:2",
              "ks",
              "dc",
              URI.create("http://f"),
              new TweetradeProperties.TopicNames(
                  "r", "t", "a", "al", "oc", "ac", "q", "tw", "dl")));

  private static PriceAggregate price(String window, long end, long avgCents, long lastCents) {
    return new PriceAggregate(
        "TSLA", window, end, avgCents, avgCents, lastCents - 5, lastCents + 5, lastCents, 10, 100);
  }

  @Test
  void shouldKeepInputValuesUnderTheRuleLanguageKeys() {
    feed.onRecord(JsonCodec.PRICE_AGGREGATE.encode(price("15m", T0, 20_000, 19_000)));
    feed.onRecord(
        JsonCodec.SENTIMENT_AGGREGATE.encode(
            new SentimentAggregate("tesla", "5m", T0, 0.45, 12, 0.5, 0.1)));
    MarketSnapshot s = feed.snapshot();
    assertThat(s.value("avg:TSLA:15m")).hasValue(200.0);
    assertThat(s.value("price:TSLA")).hasValue(190.0);
    assertThat(s.value("change:TSLA:15m").getAsDouble())
        .isCloseTo(-5.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.value("sentiment:tesla:5m")).hasValue(0.45);
    assertThat(s.value("volume:tesla:5m")).hasValue(12.0);
    assertThat(s.value("sentiment:tesla:1m")).isEmpty();
  }

  @Test
  void shouldTakeTheLastPriceFromTheNewestWindow() {
    feed.onRecord(JsonCodec.PRICE_AGGREGATE.encode(price("1m", T0 + 60_000, 20_000, 20_100)));
    feed.onRecord(JsonCodec.PRICE_AGGREGATE.encode(price("15m", T0, 20_000, 19_000)));
    assertThat(feed.snapshot().value("price:TSLA")).hasValue(201.0);
  }

  @Test
  void shouldReadEnvelopesAndSkipGarbageWithoutFailing() {
    String envelope =
        "{\"type\":\"sentiment\",\"sentiment\":"
            + JsonCodec.SENTIMENT_AGGREGATE.encodeToString(
                new SentimentAggregate("$TSLA", "1m", T0, -0.2, 3, 0, 0.6))
            + "}";
    List<MarketFeed.Change> changes = new ArrayList<>();
    feed.subscribe(changes::add);
    feed.onRecord(envelope.getBytes(StandardCharsets.UTF_8));
    feed.onRecord("not json".getBytes(StandardCharsets.UTF_8));
    feed.onRecord("{\"ticker\":\"X\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(feed.snapshot().value("sentiment:$TSLA:1m")).hasValue(-0.2);
    assertThat(changes).containsExactly(new MarketFeed.Change("$TSLA", false));
  }

  @Test
  void shouldKeepHistorySortedDeduplicatedAndBounded() {
    for (int i = MarketSnapshot.HISTORY + 10; i >= 0; i--) {
      feed.onRecord(
          JsonCodec.PRICE_AGGREGATE.encode(price("1m", T0 + i * 60_000L, 20_000, 20_000 + i)));
    }
    feed.onRecord(JsonCodec.PRICE_AGGREGATE.encode(price("1m", T0 + 5 * 60_000L, 20_000, 1)));
    List<PriceAggregate> history = feed.snapshot().priceHistory("TSLA", "1m");
    assertThat(history).hasSize(MarketSnapshot.HISTORY);
    assertThat(history)
        .isSortedAccordingTo(java.util.Comparator.comparingLong(PriceAggregate::windowEnd));
    assertThat(history.get(history.size() - 1).windowEnd())
        .isEqualTo(T0 + (MarketSnapshot.HISTORY + 10) * 60_000L);
    assertThat(feed.snapshot().tickers()).containsExactly("TSLA");
  }
}
