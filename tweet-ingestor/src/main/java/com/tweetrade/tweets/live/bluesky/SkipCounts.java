package com.tweetrade.tweets.live.bluesky;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/** How many messages were skipped, by {@link Skip} reason. Thread-safe. */
public final class SkipCounts {
  private final AtomicLongArray counts = new AtomicLongArray(Skip.values().length);

  void add(Skip skip) {
    counts.incrementAndGet(skip.ordinal());
  }

  public long get(Skip skip) {
    return counts.get(skip.ordinal());
  }

  public Map<Skip, Long> nonZero() {
    Map<Skip, Long> out = new EnumMap<>(Skip.class);
    for (Skip s : Skip.values()) if (get(s) > 0) out.put(s, get(s));
    return out;
  }
}
