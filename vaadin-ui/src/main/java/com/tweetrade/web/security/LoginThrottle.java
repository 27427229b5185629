package com.tweetrade.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for one client address after repeated failed sign-ins.
 *
 * <p>After {@link #MAX_FAILURES} failures in a row from the same address for the same name, further
 * attempts are refused for {@link #LOCKOUT} without even checking the password, which slows password
 * guessing while leaving the user free to sign in from elsewhere. A success clears the count.
 * Counts live in memory: a restart forgets them, which is acceptable for a single-node UI.
 */
@Component
public class LoginThrottle {
  public static final int MAX_FAILURES = 5;
  public static final Duration LOCKOUT = Duration.ofMinutes(1);
  /** Bound on tracked keys, so that a flood of made-up names cannot exhaust memory. */
  static final int MAX_TRACKED = 100_000;

  private record Failures(int count, Instant lockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  @Autowired
  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether sign-in for {@code username} from {@code address} is refused right now. */
  public boolean isLocked(String username, String address) {
    Failures f = failures.get(key(username, address));
    return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
  }

  public void recordFailure(String username, String address) {
    if (failures.size() >= MAX_TRACKED) evictExpired();
    Instant now = clock.instant();
    failures.compute(
        key(username, address),
        (k, old) -> {
          // A lock that has run out starts a fresh count.
          int count = old == null || expired(old, now) ? 1 : old.count() + 1;
          return new Failures(count, count >= MAX_FAILURES ? now.plus(LOCKOUT) : null);
        });
  }

  public void recordSuccess(String username, String address) {
    failures.remove(key(username, address));
  }

  private static boolean expired(Failures f, Instant now) {
    return f.lockedUntil() != null && !now.isBefore(f.lockedUntil());
  }

  private void evictExpired() {
    Instant now = clock.instant();
    failures.values().removeIf(f -> f.lockedUntil() == null || expired(f, now));
  }

  private static String key(String username, String address) {
    return username.strip().toLowerCase(java.util.Locale.ROOT) + '\n' + address;
  }
}
