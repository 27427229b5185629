package com.tweetrade.tweets.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.tweets.FakeTime;
import org.junit.jupiter.api.Test;

class ThrottlerTest {
  @Test
  void shouldHoldTheRateAndCatchUpAfterAStall() throws Exception {
    FakeTime time = new FakeTime(1000);
    Throttler t = new Throttler(4, time); // one every 250 ms
    for (int i = 0; i < 4; i++) t.throttle();
    assertThat(time.millis()).isEqualTo(1750);
    time.advance(1000); // a stall to 2750: calls 4 to 7 (due 2000..2750) go at once
    for (int i = 4; i <= 7; i++) t.throttle();
    assertThat(time.millis()).isEqualTo(2750);
    t.throttle(); // call 8 is due at 1000 + 8 * 250
    assertThat(time.millis()).isEqualTo(3000);
  }

  @Test
  void shouldNotWaitWithoutARate() throws Exception {
    FakeTime time = new FakeTime(0);
    Throttler t = new Throttler(0, time);
    for (int i = 0; i < 100; i++) t.throttle();
    assertThat(time.sleeps).isEmpty();
  }
}
