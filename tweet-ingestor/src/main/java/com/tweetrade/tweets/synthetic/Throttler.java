package com.tweetrade.tweets.synthetic;

import com.tweetrade.tweets.TimeSource;

/**
 * Keeps a producer at a steady rate: the n-th call returns no earlier than {@code start + n /
 * rate}.
 *
 * <p>Scheduling against the start rather than the previous call means short stalls are caught up,
 * so the long-run rate is exact.
 */
public final class Throttler {
  private final double ratePerSecond;
  private final TimeSource time;
  private long start = -1;
  private long calls;

  /**
   * @param ratePerSecond events per second; {@code <= 0} means no limit
   */
  public Throttler(double ratePerSecond, TimeSource time) {
    this.ratePerSecond = ratePerSecond;
    this.time = time;
  }

  public void throttle() throws InterruptedException {
    if (ratePerSecond <= 0) return;
    if (start < 0) start = time.millis();
    long due = start + (long) (calls++ * 1000 / ratePerSecond);
    time.sleepUntil(due);
  }
}
