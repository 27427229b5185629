package com.tweetrade.bench;

import com.tweetrade.model.rules.RuleEvent;
import java.util.ArrayList;
import java.util.List;

/** N valid rules over the bench's tickers: price-versus-average crossings, some gated on sentiment. */
public final class BenchRules {
  private BenchRules() {}

  /** The keyword of the sentiment-gated rules: tracked once a rule naming it arrives. */
  public static final String KEYWORD = "\"tesla\"";
  /** A cashtag instead: the job tracks every known ticker's cashtag from its start, rules or not. */
  public static final String CASHTAG = "$TSLA";

  /** {@code n} CREATE events, rule ids {@code bench-0..n-1}, ten users, gated on {@link #KEYWORD}. */
  public static List<RuleEvent> create(int n, long timestamp) {
    return create(n, timestamp, KEYWORD);
  }

  /** As above, every fourth rule gated on {@code sentiment(sentimentKey, 5m)}. */
  public static List<RuleEvent> create(int n, long timestamp, String sentimentKey) {
    List<RuleEvent> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String t = QuoteFeed.TICKERS.get(i % QuoteFeed.TICKERS.size());
      String window = List.of("1m", "5m", "15m").get((i / QuoteFeed.TICKERS.size()) % 3);
      String side = i % 2 == 0 ? "BUY" : "SELL";
      String op = i % 2 == 0 ? "<" : ">";
      String text = i % 4 == 3
          ? "WHEN sentiment(" + sentimentKey + ", 5m) > -1 AND price(" + t + ") " + op + " avg(" + t + ", " + window
              + ") THEN " + side + " 1 " + t
          : "WHEN price(" + t + ") " + op + " avg(" + t + ", " + window + ") THEN " + side + " 1 " + t;
      out.add(RuleEvent.create("bench-" + i, "user-" + (i % 10), text, timestamp));
    }
    return out;
  }
}
