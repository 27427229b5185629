package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Labels a pane's pre-aggregated statistics with its ticker and end time. */
public class PricePaneWindowFunction
    extends ProcessWindowFunction<PriceStats, PricePane, String, TimeWindow> {
  @Override
  public void process(
      String ticker, Context ctx, Iterable<PriceStats> stats, Collector<PricePane> out) {
    // The incremental aggregate leaves exactly one element per pane.
    for (PriceStats s : stats) out.collect(new PricePane(ticker, ctx.window().getEnd(), s));
  }
}
