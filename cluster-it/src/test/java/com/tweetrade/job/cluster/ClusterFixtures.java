package com.tweetrade.job.cluster;

import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of the cluster test: three stages of two minutes of quotes and tweets, one per run of
 * the job (parallelism 2, then 3, then 1), on three partitions: TSLA, AAPL and MSFT each on its
 * own.
 *
 * <p>Every tweet that says "tesla" also carries $TSLA and the other way round, so the rule
 * keyword's sentiment rows must equal the cashtag's. Within a partition, times rise except one
 * quote per stage that is 3 s out of order (inside the job's 5 s bound), so nothing is late.
 */
final class ClusterFixtures {
  /** A pane boundary: 2024-03-01 10:00:00 UTC. */
  static final long T0 = Instant.parse("2024-03-01T10:00:00Z").toEpochMilli();

  static final long PANE = 10_000;
  static final long STAGE = 120_000;
  static final long OUT_OF_ORDERNESS = 5_000;
  static final int PARTITIONS = 3;
  static final List<String> TICKERS = List.of("TSLA", "AAPL", "MSFT");

  /** Closing events, one per partition, move the watermark past every data window. */
  static final long CLOSING_TIME = T0 + 3_600_000;

  /**
   * Rows compared: windows ending from the first pane to well after the last event's 15 minutes.
   */
  static final long RANGE_FROM = T0 + PANE;

  static final long RANGE_TO = T0 + 30 * 60_000;

  private static final List<String> TEXTS =
      List.of(
          "love it, great quarter",
          "terrible recall, sad",
          "steady day",
          "amazing results, very happy",
          "I hate this drop",
          "not bad at all");

  private ClusterFixtures() {}

  static RuleEvent rule() {
    return new RuleEvent(
        RuleEvent.CURRENT_SCHEMA,
        RuleEvent.Type.CREATE,
        "r1",
        "alice",
        "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 10 TSLA",
        false,
        1,
        T0);
  }

  /** Quotes of stage {@code s} (0, 1, 2) for the ticker of {@code partition}, in sending order. */
  static List<Quote> quotes(int stage, int partition) {
    String ticker = TICKERS.get(partition);
    long start = T0 + stage * STAGE + partition * 1_000L;
    List<Quote> out = new ArrayList<>();
    for (int k = 0; k < 16; k++) {
      long price = 10_000 + 1_000L * partition + 100L * stage + (k * 37L) % 50;
      out.add(quote(ticker, price, 1 + (k * 7L) % 13, start + k * 7_000L));
    }
    // One quote 3 s older than the one before it: out of order, inside the 5 s bound.
    out.add(8, quote(ticker, 10_500 + 1_000L * partition, 5, start + 7 * 7_000L - 3_000));
    return out;
  }

  /** Tweets of stage {@code s} on {@code partition}, in time order. */
  static List<Tweet> tweets(int stage, int partition) {
    String ticker = TICKERS.get(partition);
    long start = T0 + stage * STAGE + 3_000 + partition * 1_000L;
    List<Tweet> out = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      String text = TEXTS.get((stage * 5 + k + partition) % TEXTS.size());
      String says = ticker.equals("TSLA") ? "Tesla " + text + " $TSLA" : text + " $" + ticker;
      long id = 1_000_000L * (stage + 1) + 1_000L * partition + k;
      out.add(tweet(id, says, start + k * 23_000L));
    }
    return out;
  }

  /**
   * The newest event time of a stage on any partition, minus the bound: the last pane end the stage
   * closes.
   */
  static long lastClosedPaneEnd(int stage) {
    long minOfMax = Long.MAX_VALUE;
    for (int p = 0; p < PARTITIONS; p++) {
      long max = Long.MIN_VALUE;
      for (Quote q : quotes(stage, p)) max = Math.max(max, q.eventTime());
      for (Tweet t : tweets(stage, p)) max = Math.max(max, t.createdAt());
      minOfMax = Math.min(minOfMax, max);
    }
    return Math.floorDiv(minOfMax - OUT_OF_ORDERNESS, PANE) * PANE;
  }

  /**
   * End of the last 15m window holding the newest quote of {@code partition}: the last row the job
   * writes for it.
   */
  static long lastPriceRowEnd(int partition) {
    long newest = Long.MIN_VALUE;
    for (int stage = 0; stage < 3; stage++) {
      for (Quote q : quotes(stage, partition)) newest = Math.max(newest, q.eventTime());
    }
    long paneEnd = Math.floorDiv(newest, PANE) * PANE + PANE;
    return paneEnd + 15 * 60_000 - PANE;
  }

  static Quote quote(String ticker, long priceCents, long size, long eventTime) {
    return new Quote(ticker, priceCents, size, priceCents - 1, priceCents + 1, eventTime);
  }

  static Tweet tweet(long id, String text, long createdAt) {
    return new Tweet(
        id, text, createdAt, 7L, "tester", 100, "en", List.of(), List.of(), false, null);
  }
}
