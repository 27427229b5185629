package com.tweetrade.bench.job;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * For benchmarks on an in-process MiniCluster only: counts the rule events that left the rules
 * source in a JVM-wide counter, which {@link JobBenchStartGate} waits on before it lets updates
 * flow. Emitted is not yet applied (a few thousand events can wait in network buffers), hence the
 * gate's extra margin and the probe rules that check afterwards that every rule was in place.
 */
final class JobBenchRulesEmitted<T> implements MapFunction<T, T> {
  private static final long serialVersionUID = 1L;
  static final AtomicLong EMITTED = new AtomicLong();

  @Override
  public T map(T rule) {
    EMITTED.incrementAndGet();
    return rule;
  }
}
