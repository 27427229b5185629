package com.tweetrade.job.rules;

import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.accumulators.LongMinimum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * For benchmarks: holds the first record back for {@code gateMillis}, so the broadcast rules are in
 * place before updates flow, and records when records were released and when the last one passed
 * (wall clock, accumulators {@link #RELEASED} and {@link #LAST}).
 */
class BenchStartGate<T> extends RichMapFunction<T, T> {
  static final String RELEASED = "bench-released-ms";
  static final String LAST = "bench-last-ms";

  private final long gateMillis;
  private transient boolean open;
  private transient LongMinimum released;
  private transient LongMaximum last;

  BenchStartGate(long gateMillis) {
    this.gateMillis = gateMillis;
  }

  @Override
  public void open(OpenContext openContext) {
    released = new LongMinimum();
    last = new LongMaximum();
    getRuntimeContext().addAccumulator(RELEASED, released);
    getRuntimeContext().addAccumulator(LAST, last);
  }

  @Override
  public T map(T value) throws Exception {
    if (!open) {
      Thread.sleep(gateMillis);
      open = true;
      released.add(System.currentTimeMillis());
    }
    return value;
  }

  @Override
  public void close() {
    last.add(System.currentTimeMillis());
  }
}
