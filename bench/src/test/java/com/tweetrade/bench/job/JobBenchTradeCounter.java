package com.tweetrade.bench.job;

import com.tweetrade.model.Trade;
import org.apache.flink.api.common.accumulators.IntCounter;
import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * For benchmarks: counts trades, and probe trades with their latest event time, in accumulators.
 */
final class JobBenchTradeCounter extends RichMapFunction<Trade, Trade> {
  static final String TRADES = "bench-trades";
  static final String PROBE_TRADES = "bench-probe-trades";
  static final String PROBE_LATEST = "bench-probe-latest";

  private transient IntCounter trades;
  private transient IntCounter probeTrades;
  private transient LongMaximum probeLatest;

  @Override
  public void open(OpenContext ctx) {
    trades = JobBenchAccumulators.register(getRuntimeContext(), TRADES, new IntCounter());
    probeTrades =
        JobBenchAccumulators.register(getRuntimeContext(), PROBE_TRADES, new IntCounter());
    probeLatest =
        JobBenchAccumulators.register(getRuntimeContext(), PROBE_LATEST, new LongMaximum());
  }

  @Override
  public Trade map(Trade t) {
    trades.add(1);
    if (t.ruleId().startsWith(JobBenchRules.PROBE)) {
      probeTrades.add(1);
      probeLatest.add(t.eventTime());
    }
    return t;
  }
}
