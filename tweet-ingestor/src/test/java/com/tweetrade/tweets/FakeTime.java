package com.tweetrade.tweets;

import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when someone sleeps on it; records every wait. */
public final class FakeTime implements TimeSource {
  private long now;
  public final List<Long> sleeps = new ArrayList<>();

  public FakeTime(long start) {
    this.now = start;
  }

  @Override
  public long millis() {
    return now;
  }

  @Override
  public void sleepUntil(long epochMillis) {
    if (epochMillis > now) {
      sleeps.add(epochMillis - now);
      now = epochMillis;
    }
  }

  public void advance(long millis) {
    now += millis;
  }
}
