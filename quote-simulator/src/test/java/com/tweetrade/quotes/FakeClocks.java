package com.tweetrade.quotes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A fake monotonic clock that advances only when someone sleeps, and a wall clock that follows it.
 */
final class FakeClocks implements NanoClock {
  static final Instant WALL_START = Instant.parse("2025-06-02T13:30:00Z");

  private long nanos = 123_456_789L;
  private final long origin = nanos;

  @Override
  public long nanoTime() {
    return nanos;
  }

  @Override
  public void sleepNanos(long duration) {
    nanos += duration;
  }

  void advance(long duration) {
    nanos += duration;
  }

  /** Wall time = {@link #WALL_START} plus the fake time elapsed. */
  Clock wallClock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant instant() {
        return WALL_START.plusNanos(nanos - origin);
      }
    };
  }
}
