package com.tweetrade.job.analytics;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * How far ahead of the wall clock an event time may be. One event stamped far in the future (a bad
 * clock, a typo, an attacker) would otherwise move event time ahead for good and make every real
 * event after it late; such events are dead letters instead, and never move the watermark.
 *
 * @param maxAheadMillis the tolerance; an event at exactly wall clock + tolerance still counts
 */
public record EventTimeLimit(long maxAheadMillis) implements Serializable {

  /** The job's default tolerance: clocks of real producers are never minutes ahead. */
  public static final Duration DEFAULT_MAX_AHEAD = Duration.ofMinutes(5);

  public static EventTimeLimit of(Duration maxAhead) {
    return new EventTimeLimit(maxAhead.toMillis());
  }

  /** True when {@code eventTime} is more than the tolerance ahead of {@code wallClock}. */
  public boolean tooFarAhead(long eventTime, long wallClock) {
    return eventTime > wallClock + maxAheadMillis;
  }

  /** The dead letter's reason for an event {@link #tooFarAhead}. */
  public String reason(long eventTime, long wallClock) {
    return "future event time: "
        + Instant.ofEpochMilli(eventTime)
        + " is more than "
        + Duration.ofMillis(maxAheadMillis)
        + " ahead of the wall clock "
        + Instant.ofEpochMilli(wallClock);
  }
}
