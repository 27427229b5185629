package com.tweetrade.bench;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Passes at most {@code perSecond} records a second per subtask. The fault runs use it so that a
 * small deterministic input takes long enough for a fault to land in the middle of it.
 */
public final class ThrottleFunction<T> extends RichMapFunction<T, T> {
  private final double perSecond;
  private transient long startNanos;
  private transient long count;

  public ThrottleFunction(double perSecond) {
    this.perSecond = perSecond;
  }

  @Override
  public void open(OpenContext openContext) {
    startNanos = System.nanoTime();
  }

  @Override
  public T map(T value) throws InterruptedException {
    long due = startNanos + (long) (++count / perSecond * 1e9);
    long wait = due - System.nanoTime();
    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    return value;
  }
}
