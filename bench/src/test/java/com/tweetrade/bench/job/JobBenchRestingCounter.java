package com.tweetrade.bench.job;

import com.tweetrade.model.OpenOrder;
import org.apache.flink.api.common.accumulators.IntCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** For benchmarks: counts the orders the order book placed resting (their OPEN rows). */
final class JobBenchRestingCounter extends RichMapFunction<OpenOrder, OpenOrder> {
  static final String RESTING = "bench-resting";

  private transient IntCounter resting;

  @Override
  public void open(OpenContext ctx) {
    resting = JobBenchAccumulators.register(getRuntimeContext(), RESTING, new IntCounter());
  }

  @Override
  public OpenOrder map(OpenOrder row) {
    if (OpenOrder.OPEN.equals(row.status())) resting.add(1);
    return row;
  }
}
