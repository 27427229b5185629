package com.tweetrade.job.analytics;

/**
 * What one indicator of one ticker ({@code ema:TSLA:12}, {@code rsi:TSLA:14}) remembers between
 * bars: a few numbers whatever the period, so the state per ticker is bounded by the indicators
 * rules read. A mutable POJO (public fields, no-arg constructor) so Flink serializes it without
 * Kryo; {@link BarIndicators} does the arithmetic.
 */
public class IndicatorState {
  /** Exclusive end (event time) of the last bar taken in; the bars after it are still to come. */
  public long barEnd;

  /** Closes taken in, counted up to the period + 1 (all the value needs to know). */
  public int closes;

  /** The last close taken in (RSI's change is against it). */
  public double lastClose;

  /** EMA: the sum of the first closes, then the average. RSI: the sum, then the average gain. */
  public double gain;

  /** RSI: the sum of the first losses, then the average loss (as a positive number). */
  public double loss;

  public IndicatorState() {}

  /** A state that takes in the bars ending after {@code barEnd}. */
  public static IndicatorState startingAfter(long barEnd) {
    IndicatorState s = new IndicatorState();
    s.barEnd = barEnd;
    return s;
  }

  public IndicatorState copy() {
    IndicatorState c = new IndicatorState();
    c.barEnd = barEnd;
    c.closes = closes;
    c.lastClose = lastClose;
    c.gain = gain;
    c.loss = loss;
    return c;
  }
}
