package com.tweetrade.bench;

import com.tweetrade.model.Quote;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic quotes: a seeded random walk per ticker, tickers in round robin.
 *
 * <p>The walk crosses its own moving average often, so price rules fire regularly. The caller
 * chooses the event time (historical clock: a fixed start plus a fixed step; realtime: now).
 */
public final class QuoteFeed {
  public static final List<String> TICKERS = List.of("TSLA", "AAPL", "MSFT", "NVDA", "AMZN");

  private final SplittableRandom random;
  private final long[] cents = {25_000, 18_000, 40_000, 90_000, 17_000};
  private long count;

  public QuoteFeed(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The next quote, at {@code eventTime}. */
  public Quote next(long eventTime) {
    int i = (int) (count++ % TICKERS.size());
    // Mean-reverting walk: stays near its start, so averages keep being crossed.
    long start = new long[] {25_000, 18_000, 40_000, 90_000, 17_000}[i];
    long step = random.nextLong(-40, 41) + (start - cents[i]) / 200;
    cents[i] = Math.max(100, cents[i] + step);
    long spread = 1 + random.nextLong(5);
    return new Quote(TICKERS.get(i), cents[i], 1 + random.nextLong(500), cents[i] - spread, cents[i] + spread,
        eventTime);
  }

  public long count() {
    return count;
  }
}
