package com.tweetrade.job.rules;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * For ITs over Kafka with pre-produced input: holds the event inputs back until the run's rules have
 * been read (plus a grace period for them to reach the broadcast operators), so the rules are in place
 * before the first aggregate is routed. Without it, in a bounded run the aggregates of the whole
 * scenario can reach the router before the rules do, and nothing fires (the limit documented in
 * RULES-ENGINE.md, "Determinism and its limit"). The count is a static per run key: the MiniCluster
 * runs in the test's JVM.
 */
final class RulesFirstGate {
  private static final ConcurrentHashMap<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();

  private RulesFirstGate() {}

  static int seen(String run) {
    return SEEN.computeIfAbsent(run, k -> new AtomicInteger()).get();
  }

  /** On the rules stream: counts the rule events read in run {@code run}. */
  static final class CountRules<T> extends RichMapFunction<T, T> {
    private final String run;

    CountRules(String run) {
      this.run = run;
    }

    @Override
    public T map(T value) {
      SEEN.computeIfAbsent(run, k -> new AtomicInteger()).incrementAndGet();
      return value;
    }
  }

  /** On an event stream: the first record waits for {@code expected} rules of the run, then the grace. */
  static final class WaitForRules<T> extends RichMapFunction<T, T> {
    private static final long TIMEOUT_MILLIS = 60_000;
    private final String run;
    private final int expected;
    private final long graceMillis;
    private transient boolean open;

    WaitForRules(String run, int expected, long graceMillis) {
      this.run = run;
      this.expected = expected;
      this.graceMillis = graceMillis;
    }

    @Override
    public T map(T value) throws Exception {
      if (!open) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (seen(run) < expected && System.currentTimeMillis() < deadline) Thread.sleep(20);
        Thread.sleep(graceMillis);
        open = true;
      }
      return value;
    }
  }
}
