package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.model.Quote;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Folds the quotes of one ticker and pane into {@link PriceStats}, one quote at a time. */
public class PricePaneAggregator implements AggregateFunction<Quote, PriceStats, PriceStats> {
  @Override
  public PriceStats createAccumulator() {
    return new PriceStats();
  }

  @Override
  public PriceStats add(Quote quote, PriceStats acc) {
    return acc.add(quote);
  }

  @Override
  public PriceStats getResult(PriceStats acc) {
    return acc;
  }

  @Override
  public PriceStats merge(PriceStats a, PriceStats b) {
    return a.merge(b);
  }
}
