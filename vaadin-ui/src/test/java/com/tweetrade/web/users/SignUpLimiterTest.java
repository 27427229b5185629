package com.tweetrade.web.users;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.web.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignUpLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
  private final SignUpLimiter limiter = new SignUpLimiter(2, 3, clock);

  @Test
  void shouldLimitSignUpsFromOneAddressForAnHour() {
    limiter.acquire("10.0.0.1");
    clock.advance(Duration.ofMinutes(30));
    limiter.acquire("10.0.0.1");
    assertThatThrownBy(() -> limiter.acquire("10.0.0.1"))
        .isInstanceOf(SignUpException.class)
        .hasMessageContaining("from your address");
    assertThatCode(() -> limiter.acquire("10.0.0.2")).doesNotThrowAnyException();

    clock.advance(Duration.ofMinutes(30));
    assertThatCode(() -> limiter.acquire("10.0.0.1"))
        .as("the first one is an hour old")
        .doesNotThrowAnyException();
  }

  @Test
  void shouldLimitSignUpsFromAllAddressesTogether() {
    limiter.acquire("10.0.0.1");
    limiter.acquire("10.0.0.2");
    limiter.acquire("10.0.0.3");
    assertThatThrownBy(() -> limiter.acquire("10.0.0.4"))
        .isInstanceOf(SignUpException.class)
        .hasMessageContaining("right now");
    clock.advance(SignUpLimiter.WINDOW);
    assertThatCode(() -> limiter.acquire("10.0.0.4")).doesNotThrowAnyException();
  }

  @Test
  void shouldNotCountARefusedSignUp() {
    limiter.acquire("10.0.0.1");
    limiter.acquire("10.0.0.1");
    for (int i = 0; i < 5; i++)
      assertThatThrownBy(() -> limiter.acquire("10.0.0.1")).isInstanceOf(SignUpException.class);
    assertThatCode(() -> limiter.acquire("10.0.0.2"))
        .as("two of three counted overall")
        .doesNotThrowAnyException();
  }
}
