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
    time.advance(1000); // a stall: the next calls are already due
    t.throttle();
    t.throttle();
    assertThat(time.millis()).isEqualTo(2750);
    t.throttle(); // call 7 is due at 1000 + 7 * 250
    assertThat(time.millis()).isEqualTo(2750);
    t.throttle();
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
