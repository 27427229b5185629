package com.tweetrade.bench;

import com.tweetrade.model.Quote;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.Timing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Valid rules over the bench's tickers: {@link #create} for the fault suite (price-versus-average
 * crossings, some gated on sentiment), {@link #latency} for the latency run.
 */
public final class BenchRules {
  private BenchRules() {}

  /** The keyword of the sentiment-gated rules: tracked once a rule naming it arrives. */
  public static final String KEYWORD = "\"tesla\"";

  /**
   * A cashtag instead: the job tracks every known ticker's cashtag from its start, rules or not.
   */
  public static final String CASHTAG = "$TSLA";

  /** Latency run: the price rules that flip with the quote walk (two BUY/SELL pairs per ticker). */
  public static final int FLIP_PRICE_RULES = 4 * QuoteFeed.TICKERS.size();

  /**
   * Latency run: the sentiment rules that follow {@link TweetFeed}'s cashtags (one pair per
   * cashtag).
   */
  public static final int FLIP_SENTIMENT_RULES = 2 * QuoteFeed.TICKERS.size();

  /**
   * {@code n} CREATE events, rule ids {@code bench-0..n-1}, ten users, gated on {@link #KEYWORD}.
   */
  public static List<RuleEvent> create(int n, long timestamp) {
    return create(n, timestamp, KEYWORD);
  }

  /**
   * As above, every fourth rule gated on {@code sentiment(sentimentKey, 5m)}, with every kind of
   * rule the fault comparison tells apart ({@link TradeCheck}): of each eight, the price-only rules
   * 0, 1, 4, 5 are ON TICK and 2, 6 ON CLOSE; the sentiment-gated rule 3 is ON CLOSE and 7 ON TICK
   * (reading two streams, so its trades need not replay).
   */
  public static List<RuleEvent> create(int n, long timestamp, String sentimentKey) {
    List<RuleEvent> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String t = QuoteFeed.TICKERS.get(i % QuoteFeed.TICKERS.size());
      String window = List.of("1m", "5m", "15m").get((i / QuoteFeed.TICKERS.size()) % 3);
      String side = i % 2 == 0 ? "BUY" : "SELL";
      String op = i % 2 == 0 ? "<" : ">";
      String priceRule =
          "price(" + t + ") " + op + " avg(" + t + ", " + window + ") THEN " + side + " 1 " + t;
      String text =
          i % 4 == 3
              ? "WHEN sentiment(" + sentimentKey + ", 5m) > -1 AND " + priceRule
              : "WHEN " + priceRule;
      String timing = i % 4 == 2 || i % 8 == 3 ? " ON CLOSE" : "";
      out.add(RuleEvent.create("bench-" + i, "user-" + (i % 10), text + timing, timestamp));
    }
    return out;
  }

  /** The user of {@link #resting}'s orders: its own, so the other rules' order limit is not hit. */
  public static final String RESTING_USER = "resting-user";

  /**
   * Limit orders that rest across the middle of the fault suite's input: for each ticker of {@link
   * QuoteFeed#QuoteFeed(long) the seeded walk} whose second half goes lower than its first, {@code
   * WHEN price(T) > 0 THEN BUY 1 T AT LIMIT x ONCE ON CLOSE} with x one cent below the first half's
   * lowest price. The order is placed at the first pane close and cannot fill before the input's
   * second half, so a fault injected in its first half finds it resting; the walk's second half
   * then fills it (rule ids {@code bench-resting-T}).
   */
  public static List<RuleEvent> resting(long seed, int quotes, long timestamp) {
    int tickers = QuoteFeed.TICKERS.size();
    long[] firstHalfLow = new long[tickers];
    long[] secondHalfLow = new long[tickers];
    Arrays.fill(firstHalfLow, Long.MAX_VALUE);
    Arrays.fill(secondHalfLow, Long.MAX_VALUE);
    QuoteFeed walk = new QuoteFeed(seed);
    for (int i = 0; i < quotes; i++) {
      Quote q = walk.next(timestamp);
      int t = QuoteFeed.TICKERS.indexOf(q.ticker());
      long[] low = i < quotes / 2 ? firstHalfLow : secondHalfLow;
      low[t] = Math.min(low[t], q.priceCents());
    }
    List<RuleEvent> out = new ArrayList<>();
    for (int t = 0; t < tickers; t++) {
      long limit = firstHalfLow[t] - 1;
      if (secondHalfLow[t] > limit) continue;
      String ticker = QuoteFeed.TICKERS.get(t);
      String text =
          String.format(
              Locale.ROOT,
              "WHEN price(%s) > 0 THEN BUY 1 %s AT LIMIT %d.%02d ONCE ON CLOSE",
              ticker,
              ticker,
              limit / 100,
              limit % 100);
      out.add(RuleEvent.create("bench-resting-" + ticker, RESTING_USER, text, timestamp));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("seed " + seed + ": no ticker falls in the second half");
    }
    return out;
  }

  /**
   * {@code n} rules for the latency run, decided at {@code timing} ({@code ON CLOSE} appended for
   * {@link Timing#CLOSE}; {@code ON TICK} is the default and written as nothing). Rule ids {@code
   * bench-0..n-1}; rules {@code 2k} and {@code 2k+1} belong to user {@code bench-user-k}.
   *
   * <p>The trades come from a fixed set, whatever {@code n}: {@link #FLIP_PRICE_RULES} rules {@code
   * price(T) > avg(T, 1m)} BUY and the mirrored {@code <} SELL on the five traded tickers, which
   * flip with {@link QuoteFeed}'s mean-reverting walk (the traded tickers get a tenth of the
   * quotes, {@link QuoteFeed#market}), then {@link #FLIP_SENTIMENT_RULES} rules {@code
   * sentiment($T, 1m) > 0} BUY and {@code < 0} SELL on the cashtags {@link TweetFeed} writes (they
   * fire when a tweet flips the sign). Each pair belongs to one user, and its BUY and SELL
   * alternate, so the position stays within one share.
   *
   * <p>The rest spread over the whole market ({@link QuoteFeed#marketTickers()}, about three per
   * ticker at 10,000 rules, as many users would write them): evaluated on every quote (or tweet) of
   * their ticker but false with the bench's feeds (a price twice or half its average, a 50 %
   * change, a mean sentiment above 0.99), they are the load of {@code n} rules on the decisions
   * without flooding paper trading.
   */
  public static List<RuleEvent> latency(int n, long timestamp, Timing timing) {
    String suffix = timing == Timing.CLOSE ? " ON CLOSE" : "";
    int tickers = QuoteFeed.TICKERS.size();
    List<String> market = QuoteFeed.marketTickers();
    int flipping = FLIP_PRICE_RULES + FLIP_SENTIMENT_RULES;
    List<RuleEvent> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // The flipping rules on the traded tickers; the others spread over the whole market.
      String t =
          i < flipping
              ? QuoteFeed.TICKERS.get((i / 2) % tickers)
              : market.get((i - flipping) / 2 % market.size());
      boolean buy = i % 2 == 0;
      String text;
      if (i < FLIP_PRICE_RULES) {
        text =
            "WHEN price("
                + t
                + ") "
                + (buy ? ">" : "<")
                + " avg("
                + t
                + ", 1m) THEN "
                + side(buy)
                + " 1 "
                + t;
      } else if (i < FLIP_PRICE_RULES + FLIP_SENTIMENT_RULES) {
        text =
            "WHEN sentiment($"
                + t
                + ", 1m) "
                + (buy ? ">" : "<")
                + " 0 THEN "
                + side(buy)
                + " 1 "
                + t;
      } else {
        text =
            switch ((i - flipping) % 4) {
              case 0 -> "WHEN price(" + t + ") > avg(" + t + ", 5m) * 2 THEN SELL 1 " + t;
              case 1 -> "WHEN price(" + t + ") < avg(" + t + ", 15m) / 2 THEN BUY 1 " + t;
              case 2 -> "WHEN change(" + t + ", 1m) > 50% THEN " + side(buy) + " 1 " + t;
              default ->
                  "WHEN sentiment($"
                      + t
                      + ", 5m) > 0.99 AND price("
                      + t
                      + ") < avg("
                      + t
                      + ", 1m) THEN BUY 1 "
                      + t;
            };
      }
      out.add(RuleEvent.create("bench-" + i, "bench-user-" + i / 2, text + suffix, timestamp));
    }
    return out;
  }

  private static String side(boolean buy) {
    return buy ? "BUY" : "SELL";
  }
}
