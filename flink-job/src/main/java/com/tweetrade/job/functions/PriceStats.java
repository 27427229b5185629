package com.tweetrade.job.functions;

import com.tweetrade.model.Quote;

/**
 * Running price statistics of one ticker: the accumulator of a pane and the sum of several panes.
 *
 * <p>A mutable POJO (public fields, no-arg constructor) so Flink serializes it without Kryo. Sums
 * are exact in cents: {@code sumPriceVolume} fits a long for prices below $10M and sizes below
 * 10^9.
 */
public class PriceStats {
  public long count;
  public long volume;
  public long sumPrice;
  public long sumPriceVolume;
  public long min = Long.MAX_VALUE;
  public long max = Long.MIN_VALUE;
  public long last;

  /** Event time of {@code last}; ties go to the quote added later. */
  public long lastTime = Long.MIN_VALUE;

  public PriceStats() {}

  public PriceStats add(Quote q) {
    count++;
    volume += q.size();
    sumPrice += q.priceCents();
    sumPriceVolume += q.priceCents() * q.size();
    min = Math.min(min, q.priceCents());
    max = Math.max(max, q.priceCents());
    if (q.eventTime() >= lastTime) {
      last = q.priceCents();
      lastTime = q.eventTime();
    }
    return this;
  }

  /**
   * Adds {@code other} into this; {@code other} wins ties on {@code lastTime} (it is the later
   * pane).
   */
  public PriceStats merge(PriceStats other) {
    if (other.count == 0) return this;
    count += other.count;
    volume += other.volume;
    sumPrice += other.sumPrice;
    sumPriceVolume += other.sumPriceVolume;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
    if (other.lastTime >= lastTime) {
      last = other.last;
      lastTime = other.lastTime;
    }
    return this;
  }

  public double average() {
    return (double) sumPrice / count;
  }

  public double vwap() {
    return (double) sumPriceVolume / volume;
  }
}
