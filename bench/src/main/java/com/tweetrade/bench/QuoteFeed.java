package com.tweetrade.bench;

import com.tweetrade.model.Quote;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Deterministic quotes: a seeded random walk per ticker.
 *
 * <p>{@link #QuoteFeed(long)}: the five {@link #TICKERS} in round robin (the fault suite's input).
 * {@link #market(long)}: the latency run's market, every symbol of the NASDAQ directory (about
 * 3,200), one quote in {@link #TRADED_EVERY} on the five traded tickers in turn and the rest round
 * robin over the others, so at 3,200 quotes/s each ticker gets about one quote a second and the
 * traded ones 64.
 *
 * <p>The walk crosses its own moving average often, so price rules fire regularly. The caller
 * chooses the event time (historical clock: a fixed start plus a fixed step; realtime: now).
 */
public final class QuoteFeed {
  /** The traded tickers: the fault suite's whole input, the latency run's flipping rules. */
  public static final List<String> TICKERS = List.of("TSLA", "AAPL", "MSFT", "NVDA", "AMZN");

  /** In the market feed, every this-many-th quote is one of {@link #TICKERS}. */
  public static final int TRADED_EVERY = 10;

  private static final long[] TRADED_START = {25_000, 18_000, 40_000, 90_000, 17_000};

  private final SplittableRandom random;
  private final List<String> tickers;
  private final long[] start;
  private final long[] cents;
  private final boolean market;
  private long count;
  private long others;

  public QuoteFeed(long seed) {
    this(seed, TICKERS, false);
  }

  private QuoteFeed(long seed, List<String> tickers, boolean market) {
    this.random = new SplittableRandom(seed);
    this.tickers = tickers;
    this.market = market;
    this.start = new long[tickers.size()];
    for (int i = 0; i < start.length; i++) {
      // Other tickers start between $10 and $510, spread by their position in the list.
      start[i] = i < TRADED_START.length ? TRADED_START[i] : 1_000 + (i * 7_919L) % 50_000;
    }
    this.cents = start.clone();
  }

  /** The latency run's feed over {@link #marketTickers()}. */
  public static QuoteFeed market(long seed) {
    return new QuoteFeed(seed, marketTickers(), true);
  }

  /** {@link #TICKERS} first, then every other symbol of the standard directory, sorted. */
  public static List<String> marketTickers() {
    List<String> all = new ArrayList<>(TICKERS);
    new TreeSet<>(TickerDirectory.standard().symbols())
        .stream().filter(t -> !TICKERS.contains(t)).forEach(all::add);
    return List.copyOf(all);
  }

  /** The next quote, at {@code eventTime}. */
  public Quote next(long eventTime) {
    int i;
    if (!market) {
      i = (int) (count % tickers.size());
    } else if (count % TRADED_EVERY == 0) {
      i = (int) ((count / TRADED_EVERY) % TICKERS.size());
    } else {
      i = TICKERS.size() + (int) (others++ % (tickers.size() - TICKERS.size()));
    }
    count++;
    // Mean-reverting walk: stays near its start, so averages keep being crossed.
    long step = random.nextLong(-40, 41) + (start[i] - cents[i]) / 200;
    cents[i] = Math.max(100, cents[i] + step);
    long spread = 1 + random.nextLong(5);
    return new Quote(
        tickers.get(i),
        cents[i],
        1 + random.nextLong(500),
        cents[i] - spread,
        cents[i] + spread,
        eventTime);
  }

  public long count() {
    return count;
  }
}
