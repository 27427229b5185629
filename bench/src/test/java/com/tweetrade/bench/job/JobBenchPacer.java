package com.tweetrade.bench.job;

import com.tweetrade.job.analytics.Decoded;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * For latency benchmarks on an in-process MiniCluster, at parallelism 1: turns sequence numbers
 * into live events at a fixed rate, stamped with the wall clock as their event time. The first
 * record waits until {@link JobBenchRulesEmitted} has seen {@code rules} rule events plus a margin;
 * the release time is published in {@link #RELEASED_AT} (JVM-wide) and in accumulators, with the
 * count and the last time.
 */
abstract class JobBenchPacer<T> extends RichMapFunction<Long, Decoded<T>> {
  static final AtomicLong RELEASED_AT = new AtomicLong();

  private final String name;
  private final double perSecond;
  private final long rules;
  private final long marginMillis;
  private transient long start;
  private transient LongCounter count;
  private transient LongMaximum last;

  JobBenchPacer(String name, double perSecond, long rules, long marginMillis) {
    this.name = name;
    this.perSecond = perSecond;
    this.rules = rules;
    this.marginMillis = marginMillis;
  }

  /** Event number {@code i}, happening at {@code now}. */
  abstract T event(long i, long now);

  @Override
  public void open(OpenContext openContext) {
    count = JobBenchAccumulators.register(getRuntimeContext(), name + "-count", new LongCounter());
    last = JobBenchAccumulators.register(getRuntimeContext(), name + "-last-ms", new LongMaximum());
  }

  @Override
  public Decoded<T> map(Long i) throws Exception {
    if (start == 0) {
      while (JobBenchRulesEmitted.EMITTED.get() < rules) Thread.sleep(50);
      Thread.sleep(marginMillis);
      start = System.currentTimeMillis();
      RELEASED_AT.compareAndSet(0, start);
    }
    long due = start + (long) (i * 1000 / perSecond);
    long now = System.currentTimeMillis();
    if (due > now) {
      Thread.sleep(due - now);
      now = System.currentTimeMillis();
    }
    count.add(1);
    last.add(now);
    return Decoded.ok(event(i, now), name + "@" + i, now);
  }
}
