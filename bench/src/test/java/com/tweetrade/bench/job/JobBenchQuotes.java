package com.tweetrade.bench.job;

import com.tweetrade.model.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * For latency benchmarks: live quotes cycling through the tickers, prices wandering around $100.
 */
final class JobBenchQuotes extends JobBenchPacer<Quote> {
  private final List<String> tickers;

  JobBenchQuotes(List<String> tickers, double perSecond, long rules, long marginMillis) {
    super("bench-quotes", perSecond, rules, marginMillis);
    this.tickers = new ArrayList<>(tickers);
  }

  @Override
  Quote event(long i, long now) {
    int t = (int) (i % tickers.size());
    long price = 9_800 + JobBenchUpdates.mix(t, i / tickers.size()) % 400;
    return new Quote(tickers.get(t), price, 1 + i % 100, price - 1, price + 1, now);
  }
}
