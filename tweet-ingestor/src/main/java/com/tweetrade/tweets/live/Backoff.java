package com.tweetrade.tweets.live;

/**
 * How long to wait before reconnecting, following Twitter's streaming guidance.
 *
 * <p>Network drops: start at {@code networkStart} and grow linearly by that step, capped at {@code
 * networkCap} (Twitter: 250 ms steps up to 16 s). HTTP errors: start at {@code httpStart}, doubling
 * up to {@code httpCap} (5 s up to 320 s). Rate limiting (420/429): start at {@code
 * rateLimitStart}, doubling, with the HTTP cap (60 s). A successful connection resets all.
 *
 * @param networkStart first wait after a dropped connection, ms
 * @param networkCap longest wait after dropped connections, ms
 * @param httpStart first wait after an HTTP error, ms
 * @param rateLimitStart first wait after being rate limited, ms
 * @param httpCap longest wait after HTTP errors and rate limiting, ms
 */
public record Backoff(
    long networkStart, long networkCap, long httpStart, long rateLimitStart, long httpCap) {
  public static final Backoff TWITTER_GUIDANCE = new Backoff(250, 16_000, 5_000, 60_000, 320_000);

  /**
   * Jetstream: a dropped connection is retried at once-ish (1 s steps up to 30 s: the cursor makes
   * a short wait cost nothing but catch-up); refused handshakes 2 s doubling up to 5 min.
   */
  public static final Backoff JETSTREAM = new Backoff(1_000, 30_000, 2_000, 30_000, 300_000);

  /** The kinds of failure that wait differently. */
  public enum Kind {
    NETWORK,
    HTTP,
    RATE_LIMITED
  }

  /**
   * The wait before attempt {@code failures + 1}, where {@code failures >= 1} in a row of this
   * kind.
   */
  public long delayMillis(Kind kind, int failures) {
    int n = Math.max(1, failures);
    return switch (kind) {
      case NETWORK -> Math.min(networkCap, networkStart * n);
      case HTTP -> Math.min(httpCap, httpStart << Math.min(n - 1, 30));
      case RATE_LIMITED -> Math.min(httpCap, rateLimitStart << Math.min(n - 1, 30));
    };
  }
}
