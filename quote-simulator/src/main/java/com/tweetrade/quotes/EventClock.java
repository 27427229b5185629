package com.tweetrade.quotes;

import java.time.Clock;
import java.time.Instant;

/**
 * Gives each quote its event time from its offset in the simulation's schedule.
 *
 * <p>Real time stamps quotes with the wall clock; historical time counts the schedule offset from a
 * given start, so it runs as fast as the producer can send.
 */
@FunctionalInterface
public interface EventClock {

  /** Epoch milliseconds for the quote scheduled {@code offsetNanos} after the first one. */
  long eventTime(long offsetNanos);

  static EventClock realtime(Clock wallClock) {
    return offsetNanos -> wallClock.millis();
  }

  static EventClock historical(Instant start) {
    long startMillis = start.toEpochMilli();
    return offsetNanos -> startMillis + offsetNanos / 1_000_000;
  }
}
