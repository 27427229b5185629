package com.tweetrade.bench.job;

import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.accumulators.LongMinimum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * For benchmarks, at parallelism 1: holds the first record back until {@link JobBenchRulesEmitted}
 * has seen {@code rules} rule events, then {@code marginMillis} more, so the broadcast rules are in
 * place before updates flow; records (wall clock, accumulators) when records were released ({@link
 * #RELEASED}), when record number {@code warmUp} passed ({@link #WARM}: the end of the warm-up) and
 * when the input ended ({@link #LAST}).
 */
class JobBenchStartGate<T> extends RichMapFunction<T, T> {
  static final String RELEASED = "bench-released-ms";
  static final String WARM = "bench-warm-ms";
  static final String LAST = "bench-last-ms";

  private final long rules;
  private final long marginMillis;
  private final long warmUp;
  private transient long passed;
  private transient LongMinimum released;
  private transient LongMinimum warm;
  private transient LongMaximum last;

  JobBenchStartGate(long rules, long marginMillis, long warmUp) {
    this.rules = rules;
    this.marginMillis = marginMillis;
    this.warmUp = warmUp;
  }

  @Override
  public void open(OpenContext openContext) {
    released = JobBenchAccumulators.register(getRuntimeContext(), RELEASED, new LongMinimum());
    warm = JobBenchAccumulators.register(getRuntimeContext(), WARM, new LongMinimum());
    last = JobBenchAccumulators.register(getRuntimeContext(), LAST, new LongMaximum());
  }

  @Override
  public T map(T value) throws Exception {
    if (passed == 0) {
      long deadline = System.currentTimeMillis() + 600_000;
      while (JobBenchRulesEmitted.EMITTED.get() < rules) {
        if (System.currentTimeMillis() > deadline)
          throw new IllegalStateException("rules not emitted in 10 min");
        Thread.sleep(50);
      }
      Thread.sleep(marginMillis);
      released.add(System.currentTimeMillis());
    }
    if (passed == warmUp) warm.add(System.currentTimeMillis());
    passed++;
    return value;
  }

  @Override
  public void close() {
    last.add(System.currentTimeMillis());
  }
}
