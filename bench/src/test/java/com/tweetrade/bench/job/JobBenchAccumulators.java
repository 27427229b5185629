package com.tweetrade.bench.job;

import java.io.Serializable;
import org.apache.flink.api.common.accumulators.Accumulator;
import org.apache.flink.api.common.functions.RuntimeContext;

/** For benchmarks: the accumulators a function registers at open and the run reads at its end. */
final class JobBenchAccumulators {
  private JobBenchAccumulators() {}

  /** {@code accumulator}, registered on the task of {@code context} under {@code name}. */
  static <V, R extends Serializable, A extends Accumulator<V, R>> A register(
      RuntimeContext context, String name, A accumulator) {
    context.addAccumulator(name, accumulator);
    return accumulator;
  }
}
