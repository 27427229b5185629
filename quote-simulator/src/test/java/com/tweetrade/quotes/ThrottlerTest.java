package com.tweetrade.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThrottlerTest {

  @Test
  void shouldReleaseCallsAtTheRateWithoutDrift() throws InterruptedException {
    FakeClocks clock = new FakeClocks();
    Throttler throttler = new Throttler(500, clock); // one call every 2 ms
    long start = clock.nanoTime();
    for (int i = 0; i < 5_000; i++) throttler.acquire();
    // 4,999 intervals of 2 ms after the first call, never early by a whole interval.
    assertThat(clock.nanoTime() - start).isEqualTo(4_999 * 2_000_000L);
  }

  @Test
  void shouldNotSleepForLessThanAMillisecond() throws InterruptedException {
    FakeClocks clock = new FakeClocks();
    Throttler throttler = new Throttler(10_000, clock); // every 0.1 ms
    long start = clock.nanoTime();
    for (int i = 0; i < 10; i++) throttler.acquire();
    assertThat(clock.nanoTime()).isEqualTo(start); // 0.9 ms ahead: sent as one small group
    throttler.acquire();
    assertThat(clock.nanoTime() - start).isEqualTo(1_000_000L);
  }

  @Test
  void shouldForgetMissedSlotsAfterALongStall() throws InterruptedException {
    FakeClocks clock = new FakeClocks();
    Throttler throttler = new Throttler(1_000, clock);
    throttler.acquire();
    clock.advance(5_000_000_000L); // a 5 s stall: 5,000 slots missed
    long afterStall = clock.nanoTime();
    for (int i = 0; i < 100; i++) throttler.acquire();
    // No burst of 5,000: the 100 calls still take ~100 ms.
    assertThat(clock.nanoTime() - afterStall).isBetween(98_000_000L, 100_000_000L);
  }
}
