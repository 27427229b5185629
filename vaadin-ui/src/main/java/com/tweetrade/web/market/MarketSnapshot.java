package com.tweetrade.web.market;

import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Window;
import com.tweetrade.model.rules.InputKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * The latest aggregates per ticker and keyword, plus a bounded history of each for charts.
 *
 * <p>Values are kept under the rule language's input keys ({@link InputKind#key}), e.g. {@code
 * price:TSLA}, {@code avg:TSLA:15m}, {@code sentiment:tesla:5m}, so the rule editor can show what
 * each input of a rule reads right now. Thread-safe: one Kafka thread writes, many UI threads read.
 */
public final class MarketSnapshot {
  /** Windows kept per series; 1-minute windows make two hours of history. */
  static final int HISTORY = 120;

  private final Map<String, Double> values = new ConcurrentHashMap<>();
  private final Map<String, Deque<PriceAggregate>> prices = new HashMap<>();
  private final Map<String, Deque<SentimentAggregate>> sentiments = new HashMap<>();
  private final Map<String, Long> latestPriceTime = new ConcurrentHashMap<>();

  public void accept(PriceAggregate p) {
    synchronized (prices) {
      Deque<PriceAggregate> series =
          prices.computeIfAbsent(p.ticker() + '|' + p.window(), k -> new ArrayDeque<>());
      append(series, p, PriceAggregate::windowEnd);
    }
    Window w = window(p.window());
    if (w == null) return;
    double avg = p.avgCents() / 100.0;
    values.put(InputKind.AVG.key(p.ticker(), w), avg);
    values.put(InputKind.VWAP.key(p.ticker(), w), p.vwapCents() / 100.0);
    values.put(InputKind.HIGH.key(p.ticker(), w), p.maxCents() / 100.0);
    values.put(InputKind.LOW.key(p.ticker(), w), p.minCents() / 100.0);
    values.put(InputKind.SHARES.key(p.ticker(), w), (double) p.volume());
    if (avg > 0)
      values.put(InputKind.CHANGE.key(p.ticker(), w), (p.lastCents() / 100.0 - avg) / avg * 100.0);
    // The last price comes from whichever window closed most recently.
    Long seen = latestPriceTime.get(p.ticker());
    if (seen == null || p.windowEnd() >= seen) {
      latestPriceTime.put(p.ticker(), p.windowEnd());
      values.put(InputKind.PRICE.key(p.ticker(), w), p.lastCents() / 100.0);
    }
  }

  public void accept(SentimentAggregate s) {
    synchronized (sentiments) {
      Deque<SentimentAggregate> series =
          sentiments.computeIfAbsent(s.keyword() + '|' + s.window(), k -> new ArrayDeque<>());
      append(series, s, SentimentAggregate::windowEnd);
    }
    Window w = window(s.window());
    if (w == null) return;
    values.put(InputKind.SENTIMENT.key(s.keyword(), w), s.meanCompound());
    values.put(InputKind.VOLUME.key(s.keyword(), w), (double) s.count());
    values.put(InputKind.POSITIVE.key(s.keyword(), w), s.sharePositive());
    values.put(InputKind.NEGATIVE.key(s.keyword(), w), s.shareNegative());
  }

  /** The current value of an input key, if any aggregate has given it one. */
  public OptionalDouble value(String inputKey) {
    Double v = values.get(inputKey);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** Price windows of a ticker and window length, oldest first. */
  public List<PriceAggregate> priceHistory(String ticker, String window) {
    synchronized (prices) {
      return List.copyOf(prices.getOrDefault(ticker + '|' + window, new ArrayDeque<>()));
    }
  }

  /** Sentiment windows of a keyword and window length, oldest first. */
  public List<SentimentAggregate> sentimentHistory(String keyword, String window) {
    synchronized (sentiments) {
      return List.copyOf(sentiments.getOrDefault(keyword + '|' + window, new ArrayDeque<>()));
    }
  }

  /** Tickers seen so far, sorted. */
  public List<String> tickers() {
    synchronized (prices) {
      return subjects(prices.keySet());
    }
  }

  /** Keywords seen so far, sorted. */
  public List<String> keywords() {
    synchronized (sentiments) {
      return subjects(sentiments.keySet());
    }
  }

  /**
   * Keeps windows sorted by end time, replacing a re-emitted window, bounded to {@link #HISTORY}.
   */
  private static <T> void append(Deque<T> series, T value, ToLongFunction<T> end) {
    long e = end.applyAsLong(value);
    series.removeIf(old -> end.applyAsLong(old) == e);
    if (series.isEmpty() || end.applyAsLong(series.peekLast()) < e) {
      series.addLast(value);
    } else {
      // Late or replayed window: rare, so a full re-sort is fine.
      List<T> sorted = new ArrayList<>(series);
      sorted.add(value);
      sorted.sort(Comparator.comparingLong(end));
      series.clear();
      series.addAll(sorted);
    }
    while (series.size() > HISTORY) series.removeFirst();
  }

  private static List<String> subjects(java.util.Set<String> seriesKeys) {
    TreeSet<String> subjects = new TreeSet<>();
    for (String k : seriesKeys) subjects.add(k.substring(0, k.indexOf('|')));
    return new ArrayList<>(subjects);
  }

  private static Window window(String label) {
    try {
      return Window.fromLabel(label);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
