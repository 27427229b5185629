package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;

/** Labels a pane's pre-aggregated statistics with its ticker and end time. */
public class PricePaneWindowFunction extends PaneWindowFunction<PriceStats, PricePane> {
  public PricePaneWindowFunction() {
    super(PricePane::new);
  }
}
