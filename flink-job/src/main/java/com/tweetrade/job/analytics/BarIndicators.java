package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.model.rules.InputKind;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * The indicators' arithmetic over bar closes, one close at a time: {@code ema(T, n)} and Wilder's
 * {@code rsi(T, n)}, seeded as their standard definitions are.
 *
 * <p>EMA: the first value is the simple mean of the first n closes; each later close c moves it by
 * {@code 2 / (n + 1) * (c - ema)}. RSI: the first average gain and loss are the simple means of the
 * first n changes (so n + 1 closes); each later change moves them Wilder's way, {@code avg = (avg *
 * (n - 1) + x) / n}; {@code RSI = 100 - 100 / (1 + avgGain / avgLoss)}, 100 with no losses, 50 with
 * neither gains nor losses (a flat series is neither overbought nor oversold). Until then the value
 * is unknown (NaN).
 */
public final class BarIndicators {
  private BarIndicators() {}

  /** Takes in the close of the next bar. */
  public static void addClose(InputKind kind, int period, IndicatorState s, double close) {
    if (kind == InputKind.EMA) addEmaClose(period, s, close);
    else if (kind == InputKind.RSI) addRsiClose(period, s, close);
    else throw new IllegalArgumentException("not an indicator: " + kind);
    s.lastClose = close;
  }

  /** The indicator's value after the closes taken in, or NaN until there are enough. */
  public static double value(InputKind kind, int period, IndicatorState s) {
    if (kind == InputKind.EMA) return s.closes >= period ? s.gain : Double.NaN;
    if (s.closes <= period) return Double.NaN;
    if (s.loss == 0) return s.gain == 0 ? 50.0 : 100.0;
    return 100.0 - 100.0 / (1.0 + s.gain / s.loss);
  }

  /**
   * Takes in the bars of the panes ending in ({@code s.barEnd}, {@code upTo}], in order: a bar's
   * close is the last price (by event time) of its panes, a bar without quotes has none and is
   * skipped, and the last bar may be the one in progress (its latest price so far).
   *
   * @param panes pane end to statistics, ordered by pane end
   * @param barMillis the bar length, a multiple of the pane length
   */
  public static void addBars(
      InputKind kind,
      int period,
      IndicatorState s,
      List<Map.Entry<Long, PriceStats>> panes,
      long upTo,
      long barMillis) {
    forEachClose(panes, s.barEnd, upTo, barMillis, c -> addClose(kind, period, s, c));
  }

  /**
   * The closes, in order, of the bars of the panes ending in ({@code after}, {@code upTo}]: a bar's
   * close is the last price (by event time) of its panes, in dollars; bars without quotes have
   * none.
   */
  public static void forEachClose(
      List<Map.Entry<Long, PriceStats>> panes,
      long after,
      long upTo,
      long barMillis,
      DoubleConsumer action) {
    long bar = Long.MIN_VALUE;
    long lastTime = Long.MIN_VALUE;
    long lastCents = 0;
    for (Map.Entry<Long, PriceStats> e : panes) {
      long paneEnd = e.getKey();
      PriceStats pane = e.getValue();
      if (paneEnd <= after || paneEnd > upTo || pane.count == 0) continue;
      long paneBar = barEnd(paneEnd - 1, barMillis);
      if (paneBar != bar && bar != Long.MIN_VALUE) action.accept(lastCents / 100.0);
      if (paneBar != bar) lastTime = Long.MIN_VALUE;
      bar = paneBar;
      if (pane.lastTime >= lastTime) {
        lastTime = pane.lastTime;
        lastCents = pane.last;
      }
    }
    if (bar != Long.MIN_VALUE) action.accept(lastCents / 100.0);
  }

  /** The exclusive end of the bar holding {@code eventTime}; bars start at the epoch. */
  public static long barEnd(long eventTime, long barMillis) {
    return eventTime - Math.floorMod(eventTime, barMillis) + barMillis;
  }

  private static void addEmaClose(int period, IndicatorState s, double close) {
    if (s.closes < period) {
      s.gain += close;
      s.closes++;
      if (s.closes == period) s.gain /= period;
    } else {
      s.gain += 2.0 / (period + 1) * (close - s.gain);
    }
  }

  private static void addRsiClose(int period, IndicatorState s, double close) {
    if (s.closes == 0) {
      s.closes = 1;
      return;
    }
    double change = close - s.lastClose;
    double up = Math.max(change, 0);
    double down = Math.max(-change, 0);
    int changes = s.closes - 1; // before this one
    if (changes < period) {
      s.gain += up;
      s.loss += down;
      s.closes++;
      if (changes + 1 == period) {
        s.gain /= period;
        s.loss /= period;
      }
    } else {
      s.gain = (s.gain * (period - 1) + up) / period;
      s.loss = (s.loss * (period - 1) + down) / period;
    }
  }
}
