package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.SentimentStats;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Labels a pane's pre-aggregated sentiment with its keyword and end time. */
public class SentimentPaneWindowFunction
    extends ProcessWindowFunction<SentimentStats, KeywordPane, String, TimeWindow> {
  @Override
  public void process(
      String keyword, Context ctx, Iterable<SentimentStats> stats, Collector<KeywordPane> out) {
    for (SentimentStats s : stats) out.collect(new KeywordPane(keyword, ctx.window().getEnd(), s));
  }
}
