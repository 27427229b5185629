package com.tweetrade.quotes;

/**
 * Paces calls to a steady rate: the k-th {@link #acquire()} returns about k / rate seconds after
 * the first.
 *
 * <p>It keeps a schedule rather than sleeping a fixed time per call, so the long-run rate is exact
 * however long sending takes. It does not sleep for less than {@link #MIN_SLEEP_NANOS} (a park that
 * short costs more than it is worth), so quotes leave in small groups of up to a millisecond's
 * worth. After falling more than {@link #MAX_LAG_NANOS} behind (a GC pause, a slow broker) it
 * forgets the missed slots instead of bursting to catch up.
 */
public final class Throttler {
  static final long MIN_SLEEP_NANOS = 1_000_000;
  static final long MAX_LAG_NANOS = 1_000_000_000;

  private final double nanosPerPermit;
  private final NanoClock clock;
  private long start = Long.MIN_VALUE;
  private long permits;

  public Throttler(double permitsPerSecond, NanoClock clock) {
    if (!(permitsPerSecond > 0)) throw new IllegalArgumentException("rate must be > 0");
    this.nanosPerPermit = 1e9 / permitsPerSecond;
    this.clock = clock;
  }

  /** Waits until the next call is due. */
  public void acquire() throws InterruptedException {
    long now = clock.nanoTime();
    if (start == Long.MIN_VALUE) start = now;
    long due = start + (long) (permits * nanosPerPermit);
    long wait = due - now;
    if (wait >= MIN_SLEEP_NANOS) {
      clock.sleepNanos(wait);
    } else if (-wait > MAX_LAG_NANOS) {
      // Rebase the schedule so that this call is on time.
      start = now - (long) (permits * nanosPerPermit);
    }
    permits++;
  }
}
