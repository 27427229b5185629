package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.model.Quote;

/** Folds the quotes of one ticker and pane into {@link PriceStats}, one quote at a time. */
public class PricePaneAggregator extends PaneAggregator<Quote, PriceStats> {
  public PricePaneAggregator() {
    super(PaneSums.PRICE, PriceStats::add);
  }
}
