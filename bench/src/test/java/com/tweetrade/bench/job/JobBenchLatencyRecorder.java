package com.tweetrade.bench.job;

import com.tweetrade.model.Trade;
import org.apache.flink.api.common.accumulators.Histogram;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * For latency benchmarks: at the trades sink, records the wall clock minus the trade's event time
 * (the end of the pane whose aggregates fired it), in milliseconds, into a histogram accumulator.
 * Only trades with event time in [release + {@code warmUpMillis}, release + {@code untilMillis}]
 * count: the warm-up is excluded, and so is the end of the input, where the final watermark closes
 * every pane at once.
 */
final class JobBenchLatencyRecorder extends RichMapFunction<Trade, Trade> {
  static final String LATENCY = "bench-latency-ms";
  static final String ALL = "bench-trades-all";

  private final long warmUpMillis;
  private final long untilMillis;
  private transient Histogram latency;
  private transient LongCounter all;

  JobBenchLatencyRecorder(long warmUpMillis, long untilMillis) {
    this.warmUpMillis = warmUpMillis;
    this.untilMillis = untilMillis;
  }

  @Override
  public void open(OpenContext ctx) {
    latency = JobBenchAccumulators.register(getRuntimeContext(), LATENCY, new Histogram());
    all = JobBenchAccumulators.register(getRuntimeContext(), ALL, new LongCounter());
  }

  @Override
  public Trade map(Trade t) {
    long now = System.currentTimeMillis();
    long released = JobBenchPacer.RELEASED_AT.get();
    all.add(1);
    if (released > 0
        && t.eventTime() >= released + warmUpMillis
        && t.eventTime() <= released + untilMillis) {
      latency.add((int) (now - t.eventTime()));
    }
    return t;
  }
}
