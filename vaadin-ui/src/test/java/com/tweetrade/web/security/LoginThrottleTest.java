package com.tweetrade.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final String IP = "10.0.0.1";

  /** A clock the test moves by hand. */
  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void shouldLockAfterFiveFailuresForOneMinute() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) throttle.recordFailure("alice", IP);
    assertThat(throttle.isLocked("alice", IP)).isFalse();
    throttle.recordFailure("alice", IP);
    assertThat(throttle.isLocked("alice", IP)).isTrue();
    clock.now = clock.now.plus(LoginThrottle.LOCKOUT).minusSeconds(1);
    assertThat(throttle.isLocked("alice", IP)).isTrue();
    clock.now = clock.now.plusSeconds(1);
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
    clock.now = clock.now.plus(LoginThrottle.LOCKOUT).plus(Duration.ofSeconds(1));
    throttle.recordFailure("alice", IP);
    assertThat(throttle.isLocked("alice", IP)).isFalse();
  }
}
