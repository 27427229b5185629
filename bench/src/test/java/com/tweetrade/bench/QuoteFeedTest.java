package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Quote;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteFeedTest {

  @Test
  void shouldSpreadTheMarketOverEveryTickerWithATenthOnTheTradedOnes() {
    List<String> market = QuoteFeed.marketTickers();
    assertThat(market)
        .hasSizeGreaterThan(3_000)
        .doesNotHaveDuplicates()
        .startsWith("TSLA", "AAPL", "MSFT", "NVDA", "AMZN");
    QuoteFeed feed = QuoteFeed.market(1);
    Map<String, Integer> perTicker = new HashMap<>();
    int quotes = 10 * market.size();
    for (int i = 0; i < quotes; i++) {
      Quote q = feed.next(i);
      assertThat(q.priceCents()).isPositive();
      perTicker.merge(q.ticker(), 1, Integer::sum);
    }
    assertThat(perTicker.keySet()).containsExactlyInAnyOrderElementsOf(market);
    int traded = QuoteFeed.TICKERS.stream().mapToInt(perTicker::get).sum();
    assertThat(traded).isEqualTo(quotes / QuoteFeed.TRADED_EVERY);
  }

  @Test
  void shouldKeepTheFaultSuiteFeedOnTheFiveTradedTickers() {
    QuoteFeed feed = new QuoteFeed(7);
    for (int i = 0; i < 10; i++)
      assertThat(feed.next(i).ticker()).isEqualTo(QuoteFeed.TICKERS.get(i % 5));
  }
}
