package com.tweetrade.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-ins for a while after repeated failures: per user name and address, and per user
 * name from any address.
 *
 * <p>Per (name, address): after {@link #MAX_FAILURES} failures in a row, attempts are refused for
 * {@link #LOCKOUT} without even checking the password, which stops fast guessing from one place
 * while leaving the user free to sign in from elsewhere.
 *
 * <p>Per name (any address): guessing spread over many addresses or slowed down below the first
 * limit is caught here. After {@link #ACCOUNT_FREE_FAILURES} failures the name is refused for
 * {@link #ACCOUNT_FIRST_DELAY}, doubling with each further failure up to {@link
 * #ACCOUNT_MAX_DELAY}; the count is forgotten after {@link #ACCOUNT_FORGET} without failures. The
 * price: someone who keeps guessing also keeps the real user waiting (at most {@link
 * #ACCOUNT_MAX_DELAY} at a time).
 *
 * <p>A success clears both counts. Counts live in memory, per UI node: a restart forgets them and
 * each node counts on its own.
 */
@Component
public class LoginThrottle {
  public static final int MAX_FAILURES = 5;
  public static final Duration LOCKOUT = Duration.ofMinutes(1);
  public static final int ACCOUNT_FREE_FAILURES = 10;
  public static final Duration ACCOUNT_FIRST_DELAY = Duration.ofSeconds(1);
  public static final Duration ACCOUNT_MAX_DELAY = Duration.ofMinutes(15);
  public static final Duration ACCOUNT_FORGET = Duration.ofHours(1);

  private final FailureCounts byNameAndAddress;
  private final FailureCounts byName;

  @Autowired
  public LoginThrottle(Clock clock) {
    // Forgetting a pair's count when its lock ends means a fresh 5 tries after each minute.
    byNameAndAddress =
        new FailureCounts(
            clock, LOCKOUT, failures -> failures >= MAX_FAILURES ? LOCKOUT : Duration.ZERO);
    byName = new FailureCounts(clock, ACCOUNT_FORGET, LoginThrottle::accountDelay);
  }

  /** Whether sign-in for {@code username} from {@code address} is refused right now. */
  public boolean isLocked(String username, String address) {
    return byNameAndAddress.isLocked(pair(username, address)) || byName.isLocked(name(username));
  }

  public void recordFailure(String username, String address) {
    byNameAndAddress.recordFailure(pair(username, address));
    byName.recordFailure(name(username));
  }

  public void recordSuccess(String username, String address) {
    byNameAndAddress.clear(pair(username, address));
    byName.clear(name(username));
  }

  /** 0 for the first free failures, then 1 s, 2 s, 4 s ... up to the maximum. */
  static Duration accountDelay(int failures) {
    int doublings = failures - ACCOUNT_FREE_FAILURES;
    if (doublings < 0) return Duration.ZERO;
    Duration delay = ACCOUNT_FIRST_DELAY.multipliedBy(1L << Math.min(doublings, 30));
    return delay.compareTo(ACCOUNT_MAX_DELAY) < 0 ? delay : ACCOUNT_MAX_DELAY;
  }

  private static String name(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }

  private static String pair(String username, String address) {
    return name(username) + '\n' + address;
  }

  /** Failures in a row per key, each setting a lock whose length depends on the count. */
  private static final class FailureCounts {
    /** Bound on tracked keys, so that a flood of made-up names cannot exhaust memory. */
    static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration forgetAfter;
    private final IntFunction<Duration> lockFor;

    FailureCounts(Clock clock, Duration forgetAfter, IntFunction<Duration> lockFor) {
      this.clock = clock;
      this.forgetAfter = forgetAfter;
      this.lockFor = lockFor;
    }

    boolean isLocked(String key) {
      Failures f = failures.get(key);
      return f != null && clock.instant().isBefore(f.lockedUntil());
    }

    void recordFailure(String key) {
      Instant now = clock.instant();
      if (failures.size() >= MAX_TRACKED) evict(now);
      failures.compute(
          key,
          (k, old) -> {
            int count = old == null || forgotten(old, now) ? 1 : old.count() + 1;
            return new Failures(count, now, now.plus(lockFor.apply(count)));
          });
    }

    void clear(String key) {
      failures.remove(key);
    }

    private boolean forgotten(Failures f, Instant now) {
      return !now.isBefore(f.last().plus(forgetAfter));
    }

    /** Drops forgotten counts, or if that is not enough every count that locks nothing now. */
    private void evict(Instant now) {
      failures.values().removeIf(f -> forgotten(f, now));
      if (failures.size() >= MAX_TRACKED)
        failures.values().removeIf(f -> !now.isBefore(f.lockedUntil()));
    }
  }
}
