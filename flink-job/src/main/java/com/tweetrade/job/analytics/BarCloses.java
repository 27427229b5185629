package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.model.rules.InputKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A ticker's latest bar closes, at most {@link InputKind#MAX_PERIOD} + 1 (what the longest
 * indicator needs), so an indicator that a rule starts to read, or that the rules reach the job
 * only after the prices (a start, a backtest), begins with the bars already seen. A POJO (public
 * fields, no-arg constructor) for Flink's serializer.
 */
public class BarCloses {
  static final int CAPACITY = InputKind.MAX_PERIOD + 1;

  /** Exclusive end of the last bar taken in (with or without a close). */
  public long barEnd = Long.MIN_VALUE;

  /** The closes, oldest first. */
  public double[] closes = new double[0];

  public BarCloses() {}

  /** Takes in the bar ending at {@code end}: its close, or NaN for a bar without quotes. */
  public void add(long end, double close) {
    barEnd = end;
    if (Double.isNaN(close)) return;
    int keep = Math.min(closes.length, CAPACITY - 1);
    double[] next = Arrays.copyOfRange(closes, closes.length - keep, closes.length + 1);
    next[keep] = close;
    closes = next;
  }

  /**
   * Takes in the bars of the panes ending after {@link #barEnd} up to {@code upTo} (a bar
   * boundary): all the panes held when the closes are new.
   */
  public void addBars(List<Map.Entry<Long, PriceStats>> panes, long upTo, long barMillis) {
    BarIndicators.forEachClose(panes, barEnd, upTo, barMillis, c -> add(upTo, c));
    barEnd = upTo;
  }

  /** An indicator's state as if it had taken in these closes, up to {@link #barEnd}. */
  public IndicatorState seed(InputKind kind, int period) {
    IndicatorState s = IndicatorState.startingAfter(barEnd);
    for (double c : closes) BarIndicators.addClose(kind, period, s, c);
    return s;
  }
}
