package com.tweetrade.tweets;

/**
 * Twitter's "snowflake" id layout: milliseconds since the Twitter epoch above 22 bits of
 * datacenter, worker and sequence.
 *
 * <p>Replayed passes after the first and synthetic tweets get ids in this layout, so ids keep
 * growing with event time as real ones do, and a shifted copy of a tweet never reuses its id.
 */
public final class Snowflake {
  /** 2010-11-04T01:42:54.657Z, the epoch of Twitter's snowflake ids. */
  public static final long TWITTER_EPOCH_MS = 1288834974657L;

  private static final int LOW_BITS = 22;
  private static final long LOW_MASK = (1L << LOW_BITS) - 1;

  private Snowflake() {}

  /** The id Twitter would give at {@code epochMillis} with the given 22 low bits. */
  public static long id(long epochMillis, long lowBits) {
    long since = epochMillis - TWITTER_EPOCH_MS;
    if (since < 0)
      throw new IllegalArgumentException("time before the snowflake epoch: " + epochMillis);
    return (since << LOW_BITS) | (lowBits & LOW_MASK);
  }

  /** The same worker and sequence bits as {@code originalId}, at a new time. */
  public static long moveTo(long originalId, long epochMillis) {
    return id(epochMillis, originalId & LOW_MASK);
  }

  /** The time encoded in a snowflake id. */
  public static long millisOf(long id) {
    return (id >>> LOW_BITS) + TWITTER_EPOCH_MS;
  }
}
