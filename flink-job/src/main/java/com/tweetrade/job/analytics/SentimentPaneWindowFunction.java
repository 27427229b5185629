package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.SentimentStats;

/** Labels a pane's pre-aggregated sentiment with its keyword and end time. */
public class SentimentPaneWindowFunction extends PaneWindowFunction<SentimentStats, KeywordPane> {
  public SentimentPaneWindowFunction() {
    super(KeywordPane::new);
  }
}
