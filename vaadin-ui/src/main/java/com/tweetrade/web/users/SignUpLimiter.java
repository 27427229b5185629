package com.tweetrade.web.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits sign-ups per client address and overall, each over a sliding hour.
 *
 * <p>Limits: {@code tweetrade.signup.per-address-per-hour} (default 5) and {@code
 * tweetrade.signup.per-hour} (default 100, every address together, against address-hopping bots).
 * Counts live in memory, per UI node: several nodes each allow the limit, and a restart forgets
 * them.
 */
@Component
class SignUpLimiter {
  static final Duration WINDOW = Duration.ofHours(1);

  /** Bound on tracked addresses, so that a flood of addresses cannot exhaust memory. */
  static final int MAX_TRACKED = 100_000;

  private final int perAddress;
  private final int overall;
  private final Clock clock;
  private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
  private final Deque<Instant> all = new ArrayDeque<>();

  SignUpLimiter(
      @Value("${tweetrade.signup.per-address-per-hour:5}") int perAddress,
      @Value("${tweetrade.signup.per-hour:100}") int overall,
      Clock clock) {
    this.perAddress = perAddress;
    this.overall = overall;
    this.clock = clock;
  }

  /**
   * Counts one sign-up from {@code address}.
   *
   * @throws SignUpException (and counts nothing) when a limit is reached
   */
  synchronized void acquire(String address) {
    Instant now = clock.instant();
    if (byAddress.size() >= MAX_TRACKED) {
      byAddress.values().removeIf(times -> dropOld(times, now).isEmpty());
    }
    Deque<Instant> mine = dropOld(byAddress.computeIfAbsent(address, a -> new ArrayDeque<>()), now);
    if (mine.size() >= perAddress) {
      throw new SignUpException("Too many sign-ups from your address. Try again in an hour.");
    }
    if (dropOld(all, now).size() >= overall) {
      throw new SignUpException("Too many sign-ups right now. Try again later.");
    }
    mine.addLast(now);
    all.addLast(now);
  }

  private static Deque<Instant> dropOld(Deque<Instant> times, Instant now) {
    Instant start = now.minus(WINDOW);
    while (!times.isEmpty() && !times.peekFirst().isAfter(start)) times.removeFirst();
    return times;
  }
}
