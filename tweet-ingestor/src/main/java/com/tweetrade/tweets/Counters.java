package com.tweetrade.tweets;

import java.util.concurrent.atomic.AtomicLong;

/** What the ingestor did so far; read by the progress line and the final summary. Thread-safe. */
public final class Counters {
  /** Tweets the broker acknowledged. */
  public final AtomicLong sent = new AtomicLong();

  /** Bad inputs written to the dead-letter topic (acknowledged or not). */
  public final AtomicLong deadLettered = new AtomicLong();

  /** Tweets skipped because their id was already sent in this run. */
  public final AtomicLong duplicates = new AtomicLong();

  /** Records the broker did not take (after the producer's own retries). */
  public final AtomicLong failed = new AtomicLong();

  /**
   * Input that is well formed but not wanted (Bluesky: other kinds, deletes, other languages...).
   */
  public final AtomicLong skipped = new AtomicLong();

  /** One line for stderr, e.g. {@code sent 1200, dead-lettered 2, duplicates 0, failed 0}. */
  public String summary() {
    return "sent "
        + sent.get()
        + ", dead-lettered "
        + deadLettered.get()
        + ", duplicates "
        + duplicates.get()
        + ", failed "
        + failed.get()
        // only sources that skip say so, so the other sources' line stays as it was
        + (skipped.get() > 0 ? ", skipped " + skipped.get() : "");
  }
}
