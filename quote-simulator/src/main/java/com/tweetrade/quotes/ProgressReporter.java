package com.tweetrade.quotes;

import java.io.PrintStream;
import java.time.Instant;

/**
 * Prints one progress line every few seconds: quotes sent, the rate since the last line, and the
 * event time of the last quote.
 */
public final class ProgressReporter {
  private final PrintStream out;
  private final NanoClock clock;
  private final long intervalNanos;
  private long lastNanos = Long.MIN_VALUE;
  private long lastCount;

  public ProgressReporter(PrintStream out, NanoClock clock, long intervalNanos) {
    this.out = out;
    this.clock = clock;
    this.intervalNanos = intervalNanos;
  }

  /** Called after each quote; prints when the interval has passed. */
  public void sent(long count, long lastEventTime) {
    long now = clock.nanoTime();
    if (lastNanos == Long.MIN_VALUE) {
      lastNanos = now;
      lastCount = count;
    } else if (now - lastNanos >= intervalNanos) {
      print(count, lastEventTime, now);
    }
  }

  /** Prints a final line. */
  public void finished(long count, long lastEventTime) {
    print(count, lastEventTime, clock.nanoTime());
  }

  private void print(long count, long lastEventTime, long now) {
    double seconds = Math.max(1e-9, (now - lastNanos) / 1e9);
    long rate = Math.round((count - lastCount) / seconds);
    String eventTime = lastEventTime > 0 ? Instant.ofEpochMilli(lastEventTime).toString() : "-";
    out.printf("quotes sent: %,d  rate: %,d/s  event time: %s%n", count, rate, eventTime);
    lastNanos = now;
    lastCount = count;
  }
}
