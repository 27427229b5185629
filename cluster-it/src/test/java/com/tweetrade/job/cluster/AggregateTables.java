package com.tweetrade.job.cluster;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the job's aggregate rows of one keyspace whose window ends in a range, sorted by key. */
final class AggregateTables {
  static final Comparator<PriceAggregate> PRICE_ORDER =
      Comparator.comparing(PriceAggregate::ticker)
          .thenComparing(PriceAggregate::window)
          .thenComparingLong(PriceAggregate::windowEnd);
  static final Comparator<SentimentAggregate> SENTIMENT_ORDER =
      Comparator.comparing(SentimentAggregate::keyword)
          .thenComparing(SentimentAggregate::window)
          .thenComparingLong(SentimentAggregate::windowEnd);

  private AggregateTables() {}

  static List<PriceAggregate> prices(CqlSession cql, long from, long to) {
    List<PriceAggregate> out = new ArrayList<>();
    for (Row r : cql.execute("SELECT * FROM stocktimeseries")) {
      long end = r.getInstant("window_end").toEpochMilli();
      if (end < from || end > to) continue;
      out.add(
          new PriceAggregate(
              r.getString("ticker"),
              r.getString("window"),
              end,
              r.getDouble("avg_cents"),
              r.getDouble("vwap_cents"),
              r.getLong("min_cents"),
              r.getLong("max_cents"),
              r.getLong("last_cents"),
              r.getLong("quotes"),
              r.getLong("volume")));
    }
    out.sort(PRICE_ORDER);
    return out;
  }

  static List<SentimentAggregate> sentiments(CqlSession cql, long from, long to) {
    List<SentimentAggregate> out = new ArrayList<>();
    for (Row r : cql.execute("SELECT * FROM twitterkeysentiments")) {
      long end = r.getInstant("window_end").toEpochMilli();
      if (end < from || end > to) continue;
      out.add(
          new SentimentAggregate(
              r.getString("keyword"),
              r.getString("window"),
              end,
              r.getDouble("mean_compound"),
              r.getLong("tweets"),
              r.getDouble("share_positive"),
              r.getDouble("share_negative")));
    }
    out.sort(SENTIMENT_ORDER);
    return out;
  }

  /** True when the price row of {@code ticker}'s window ending at {@code end} is there. */
  static boolean hasPriceRow(CqlSession cql, String ticker, String window, long end) {
    return prices(cql, end, end).stream()
        .anyMatch(p -> p.ticker().equals(ticker) && p.window().equals(window));
  }
}
