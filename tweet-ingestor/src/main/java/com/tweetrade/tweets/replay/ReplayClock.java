package com.tweetrade.tweets.replay;

import com.tweetrade.tweets.TimeSource;

/**
 * Decides when each recorded tweet is sent and which event time it carries.
 *
 * <p>Pass {@code k} of a loop is the recording shifted forward by {@code k} pass lengths (the
 * recording's span plus one mean gap between tweets), so event times keep increasing across passes.
 * Wall-clock due time is {@code start + (shifted - first) / factor}. With {@code retime} the event
 * time is that due time (the first tweet is "now" and gaps shrink with the speed, so tweets line up
 * with live quotes); without it the event time is the shifted recorded time. At {@code max} nothing
 * waits and retimed event times keep the recorded gaps, running ahead of the clock.
 */
public final class ReplayClock {
  /** Gap before the next pass when the recording has a single tweet and so no mean gap. */
  static final long SINGLE_TWEET_GAP_MS = 1000;

  private final Speed speed;
  private final boolean retime;
  private final TimeSource time;
  private boolean started;
  private long first;
  private long wallStart;
  private long passLength = -1;

  public ReplayClock(Speed speed, boolean retime, TimeSource time) {
    this.speed = speed;
    this.retime = retime;
    this.time = time;
  }

  /** Remembers the first pass's extent; needed before any tweet of pass 1 is scheduled. */
  public void endFirstPass(long firstRecorded, long lastRecorded, long tweets) {
    long span = Math.max(0, lastRecorded - firstRecorded);
    long gap = tweets > 1 ? Math.max(1, span / (tweets - 1)) : SINGLE_TWEET_GAP_MS;
    passLength = span + gap;
  }

  /** The wall-clock millisecond at which this tweet is due; fixes the start on the first call. */
  public long dueMillis(long recordedMillis, int pass) {
    if (!started) {
      started = true;
      first = recordedMillis;
      wallStart = time.millis();
    }
    return wallStart + offset(recordedMillis, pass);
  }

  /** The event time the tweet carries on the wire. Call after {@link #dueMillis}. */
  public long eventMillis(long recordedMillis, int pass) {
    return retime ? wallStart + offset(recordedMillis, pass) : shifted(recordedMillis, pass);
  }

  public boolean waits() {
    return !speed.max();
  }

  private long offset(long recordedMillis, int pass) {
    return (long) ((shifted(recordedMillis, pass) - first) / speed.factor());
  }

  private long shifted(long recordedMillis, int pass) {
    if (pass == 0) return recordedMillis;
    if (passLength < 0)
      throw new IllegalStateException("endFirstPass was not called before pass " + pass);
    return recordedMillis + pass * passLength;
  }
}
