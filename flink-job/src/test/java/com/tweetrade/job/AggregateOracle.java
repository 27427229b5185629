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
import java.util.function.Function;
import java.util.function.ToLongFunction;

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
    return perWindow(
        quotes, Quote::ticker, Quote::eventTime, firstEnd, lastEnd, pane, AggregateOracle::price);
  }

  public static List<SentimentAggregate> sentiments(
      List<Mention> mentions, long firstEnd, long lastEnd, long pane) {
    return perWindow(
        mentions,
        Mention::keyword,
        Mention::time,
        firstEnd,
        lastEnd,
        pane,
        AggregateOracle::sentiment);
  }

  private static PriceAggregate price(String ticker, String window, long end, List<Quote> qs) {
    long n = qs.size();
    long volume = qs.stream().mapToLong(Quote::size).sum();
    long sum = qs.stream().mapToLong(Quote::priceCents).sum();
    long sumPv = qs.stream().mapToLong(q -> q.priceCents() * q.size()).sum();
    long min = qs.stream().mapToLong(Quote::priceCents).min().orElseThrow();
    long max = qs.stream().mapToLong(Quote::priceCents).max().orElseThrow();
    // The first quote of the newest event time.
    Quote last = qs.stream().reduce((a, b) -> b.eventTime() > a.eventTime() ? b : a).orElseThrow();
    return new PriceAggregate(
        ticker,
        window,
        end,
        (double) sum / n,
        (double) sumPv / volume,
        min,
        max,
        last.priceCents(),
        n,
        volume);
  }

  private static SentimentAggregate sentiment(
      String keyword, String window, long end, List<Mention> ms) {
    long n = 0, pos = 0, neg = 0;
    double sum = 0;
    for (Mention m : ms) {
      n++;
      sum += m.compound();
      if (m.compound() >= 0.05) pos++;
      if (m.compound() <= -0.05) neg++;
    }
    return new SentimentAggregate(
        keyword, window, end, sum / n, n, (double) pos / n, (double) neg / n);
  }

  /** The aggregate of one key's events in one window, as the job would store it. */
  private interface WindowAggregate<E, A> {
    A of(String key, String window, long end, List<E> events);
  }

  /**
   * For every key (in key order), pane boundary and stored window: the aggregate of the key's
   * events in the window, in input order; no aggregate for a window without events.
   */
  private static <E, A> List<A> perWindow(
      List<E> events,
      Function<E, String> key,
      ToLongFunction<E> time,
      long firstEnd,
      long lastEnd,
      long pane,
      WindowAggregate<E, A> aggregate) {
    Map<String, List<E>> byKey = new TreeMap<>();
    for (E e : events) byKey.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e);
    List<A> out = new ArrayList<>();
    byKey.forEach(
        (k, es) -> {
          for (long end = firstEnd; end <= lastEnd; end += pane) {
            for (Window w : WindowSet.LIVE_STORED.windows()) {
              long start = end - w.length().toMillis();
              long windowEnd = end;
              List<E> in =
                  es.stream()
                      .filter(e -> time.applyAsLong(e) >= start && time.applyAsLong(e) < windowEnd)
                      .toList();
              if (!in.isEmpty()) out.add(aggregate.of(k, w.label(), end, in));
            }
          }
        });
    return out;
  }
}
