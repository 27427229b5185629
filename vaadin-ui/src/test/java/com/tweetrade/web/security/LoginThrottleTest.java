package com.tweetrade.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.web.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final String IP = "10.0.0.1";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void shouldLockAfterFiveFailuresForOneMinute() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) throttle.recordFailure("alice", IP);
    assertThat(throttle.isLocked("alice", IP)).isFalse();
    throttle.recordFailure("alice", IP);
    assertThat(throttle.isLocked("alice", IP)).isTrue();
    clock.advance(LoginThrottle.LOCKOUT.minusSeconds(1));
    assertThat(throttle.isLocked("alice", IP)).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.isLocked("alice", IP)).isFalse();
  }

  @Test
  void shouldLockOnlyThatNameFromThatAddress() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) throttle.recordFailure("Alice ", IP);
    assertThat(throttle.isLocked("alice", IP)).isTrue();
    assertThat(throttle.isLocked("alice", "10.0.0.2")).isFalse();
    assertThat(throttle.isLocked("bob", IP)).isFalse();
  }

  @Test
  void shouldForgetFailuresAfterSuccess() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) throttle.recordFailure("alice", IP);
    throttle.recordSuccess("alice", IP);
    throttle.recordFailure("alice", IP);
    assertThat(throttle.isLocked("alice", IP)).isFalse();
  }

  @Test
  void shouldStartAFreshCountWhenALockHasRunOut() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) throttle.recordFailure("alice", IP);
    clock.advance(LoginThrottle.LOCKOUT.plusSeconds(1));
    throttle.recordFailure("alice", IP);
    assertThat(throttle.isLocked("alice", IP)).isFalse();
  }

  @Test
  void shouldBackOffAnAccountGuessedFromManyAddresses() {
    for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES - 1; i++)
      throttle.recordFailure("alice", address(i));
    assertThat(throttle.isLocked("alice", "10.9.9.9")).isFalse();

    throttle.recordFailure("alice", address(99));
    assertThat(throttle.isLocked("alice", "10.9.9.9")).as("any address, also a new one").isTrue();
    assertThat(throttle.isLocked("bob", "10.9.9.9")).isFalse();
    clock.advance(LoginThrottle.ACCOUNT_FIRST_DELAY);
    assertThat(throttle.isLocked("alice", "10.9.9.9")).isFalse();

    throttle.recordFailure("alice", address(100));
    clock.advance(LoginThrottle.ACCOUNT_FIRST_DELAY);
    assertThat(throttle.isLocked("alice", "10.9.9.9"))
        .as("the second delay is twice the first")
        .isTrue();
  }

  @Test
  void shouldCatchASlowGuesserFromOneAddress() {
    // One try a minute never trips the per-address lock, but the account's count keeps growing.
    for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES; i++) {
      clock.advance(LoginThrottle.LOCKOUT);
      assertThat(throttle.isLocked("alice", IP)).isFalse();
      throttle.recordFailure("alice", IP);
    }
    assertThat(throttle.isLocked("alice", "10.9.9.9")).isTrue();
  }

  @Test
  void shouldDoubleTheAccountDelayUpToItsMaximumAndForgetAfterAQuietHour() {
    assertThat(LoginThrottle.accountDelay(LoginThrottle.ACCOUNT_FREE_FAILURES - 1)).isZero();
    assertThat(LoginThrottle.accountDelay(LoginThrottle.ACCOUNT_FREE_FAILURES))
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(LoginThrottle.accountDelay(LoginThrottle.ACCOUNT_FREE_FAILURES + 3))
        .isEqualTo(Duration.ofSeconds(8));
    assertThat(LoginThrottle.accountDelay(1_000)).isEqualTo(LoginThrottle.ACCOUNT_MAX_DELAY);

    for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES + 20; i++)
      throttle.recordFailure("alice", address(i));
    clock.advance(LoginThrottle.ACCOUNT_FORGET);
    throttle.recordFailure("alice", "10.9.9.9");
    assertThat(throttle.isLocked("alice", "10.8.8.8"))
        .as("a fresh count after an hour without failures")
        .isFalse();
  }

  @Test
  void shouldClearTheAccountCountOnSuccess() {
    for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES - 1; i++)
      throttle.recordFailure("alice", address(i));
    throttle.recordSuccess("alice", IP);
    throttle.recordFailure("alice", address(0));
    assertThat(throttle.isLocked("alice", "10.9.9.9")).isFalse();
  }

  private static String address(int i) {
    return "10.1.0." + i;
  }
}
