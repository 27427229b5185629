package com.tweetrade.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  @Test
  void shouldDoubleFromOneSecondForFiveAttemptsByDefault() {
    assertThat(schedule(Backoff.DEFAULT))
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8));
    assertThat(Backoff.DEFAULT.hasAttemptAfter(5)).isFalse();
  }

  @Test
  void shouldCapTheWait() {
    Backoff backoff = new Backoff(8, ONE_SECOND, Duration.ofSeconds(5));
    assertThat(schedule(backoff))
        .extracting(Duration::toMillis)
        .containsExactly(1000L, 2000L, 4000L, 5000L, 5000L, 5000L, 5000L);
    // far past the cap, no overflow
    assertThat(backoff.delayAfter(200)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void shouldTryOnceWithOneAttempt() {
    assertThat(schedule(new Backoff(1, ONE_SECOND, ONE_SECOND))).isEmpty();
  }

  @Test
  void shouldRefuseNonsense() {
    assertThatThrownBy(() -> new Backoff(0, ONE_SECOND, ONE_SECOND))
        .hasMessage("max attempts must be at least 1");
    assertThatThrownBy(() -> new Backoff(3, Duration.ZERO, ONE_SECOND))
        .hasMessage("the first backoff must be positive");
    assertThatThrownBy(() -> new Backoff(3, Duration.ofSeconds(2), ONE_SECOND))
        .hasMessage("the backoff cap must not be below the first backoff");
  }

  /** The waits between the attempts, as the delivery loop walks them. */
  private static List<Duration> schedule(Backoff backoff) {
    List<Duration> waits = new ArrayList<>();
    for (int attempt = 1; backoff.hasAttemptAfter(attempt); attempt++) {
      waits.add(backoff.delayAfter(attempt));
    }
    return waits;
  }
}
