package com.tweetrade.job;

import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Window;
import com.tweetrade.model.WindowSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The expected aggregates, computed the slow and obvious way: for every key, every pane boundary E
 * and every window length L, the events with time in [E - L, E). Independent of the job's panes.
 */
public final class AggregateOracle {
  private AggregateOracle() {}

  /** A keyword mention with its score and time, for the sentiment oracle. */
  public record Mention(String keyword, double compound, long time) {}

  public static List<PriceAggregate> prices(
      List<Quote> quotes, long firstEnd, long lastEnd, long pane) {
    Map<String, List<Quote>> byTicker = new TreeMap<>();
    for (Quote q : quotes) byTicker.computeIfAbsent(q.ticker(), k -> new ArrayList<>()).add(q);
    List<PriceAggregate> out = new ArrayList<>();
    byTicker.forEach(
        (ticker, qs) -> {
          for (long end = firstEnd; end <= lastEnd; end += pane) {
            for (Window w : WindowSet.LIVE_STORED.windows()) {
              long start = end - w.length().toMillis();
              long n = 0,
                  volume = 0,
                  sum = 0,
                  sumPv = 0,
                  min = Long.MAX_VALUE,
                  max = Long.MIN_VALUE;
              long lastTime = Long.MIN_VALUE, last = 0;
              for (Quote q : qs) {
                if (q.eventTime() < start || q.eventTime() >= end) continue;
                n++;
                volume += q.size();
                sum += q.priceCents();
                sumPv += q.priceCents() * q.size();
                min = Math.min(min, q.priceCents());
                max = Math.max(max, q.priceCents());
                if (q.eventTime() > lastTime) {
                  lastTime = q.eventTime();
                  last = q.priceCents();
                }
              }
              if (n > 0) {
                out.add(
                    new PriceAggregate(
                        ticker,
                        w.label(),
                        end,
                        (double) sum / n,
                        (double) sumPv / volume,
                        min,
                        max,
                        last,
                        n,
                        volume));
              }
            }
          }
        });
    return out;
  }

  public static List<SentimentAggregate> sentiments(
      List<Mention> mentions, long firstEnd, long lastEnd, long pane) {
    Map<String, List<Mention>> byKey = new TreeMap<>();
    for (Mention m : mentions) byKey.computeIfAbsent(m.keyword(), k -> new ArrayList<>()).add(m);
    List<SentimentAggregate> out = new ArrayList<>();
    byKey.forEach(
        (keyword, ms) -> {
          for (long end = firstEnd; end <= lastEnd; end += pane) {
            for (Window w : WindowSet.LIVE_STORED.windows()) {
              long start = end - w.length().toMillis();
              long n = 0, pos = 0, neg = 0;
              double sum = 0;
              for (Mention m : ms) {
                if (m.time() < start || m.time() >= end) continue;
                n++;
                sum += m.compound();
                if (m.compound() >= 0.05) pos++;
                if (m.compound() <= -0.05) neg++;
              }
              if (n > 0) {
                out.add(
                    new SentimentAggregate(
                        keyword, w.label(), end, sum / n, n, (double) pos / n, (double) neg / n));
              }
            }
          }
        });
    return out;
  }
}
