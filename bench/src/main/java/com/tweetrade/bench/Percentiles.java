package com.tweetrade.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of longs. */
public final class Percentiles {
  private final long[] sorted;

  public Percentiles(long[] values) {
    this.sorted = values.clone();
    Arrays.sort(sorted);
  }

  public int count() {
    return sorted.length;
  }

  /** The value at percentile {@code p} (0 < p <= 100), or -1 when empty. */
  public long at(double p) {
    if (sorted.length == 0) return -1;
    // The epsilon keeps 99 % of 1000 at rank 990 despite binary fractions.
    int rank = (int) Math.ceil(p * sorted.length / 100.0 - 1e-9);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
