package com.tweetrade.notifier.delivery;

import java.time.Duration;

/**
 * When to try a webhook delivery again: exponential backoff (first wait, doubled after each try,
 * capped) and a bounded number of attempts, after which the delivery has FAILED.
 *
 * <p>The defaults, 5 attempts waiting 1 s, 2 s, 4 s and 8 s between them, give up on an alert about
 * 15 s (plus at most 5 × 3 s of timeouts) after its first try, so one broken endpoint holds its
 * user's later alerts back for that long at most.
 *
 * @param maxAttempts tries in all, the first included (≥ 1)
 * @param first the wait before the second try
 * @param cap the longest wait
 */
public record Backoff(int maxAttempts, Duration first, Duration cap) {
  public static final Backoff DEFAULT =
      new Backoff(5, Duration.ofSeconds(1), Duration.ofSeconds(30));

  public Backoff {
    if (maxAttempts < 1) throw new IllegalArgumentException("max attempts must be at least 1");
    if (first.isNegative() || first.isZero())
      throw new IllegalArgumentException("the first backoff must be positive");
    if (cap.compareTo(first) < 0)
      throw new IllegalArgumentException("the backoff cap must not be below the first backoff");
  }

  /** Whether another try follows a failed {@code attempt} (1-based). */
  public boolean hasAttemptAfter(int attempt) {
    return attempt < maxAttempts;
  }

  /** The wait after a failed {@code attempt} (1-based): first × 2^(attempt-1), capped. */
  public Duration delayAfter(int attempt) {
    if (attempt < 1) throw new IllegalArgumentException("attempts count from 1");
    Duration delay = first;
    for (int i = 1; i < attempt && delay.compareTo(cap) < 0; i++) delay = delay.multipliedBy(2);
    return delay.compareTo(cap) > 0 ? cap : delay;
  }
}
