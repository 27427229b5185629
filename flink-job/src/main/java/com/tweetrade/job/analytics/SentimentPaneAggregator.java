package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.SentimentStats;

/**
 * Folds the mentions of one keyword and pane into {@link SentimentStats}, one mention at a time.
 */
public class SentimentPaneAggregator extends PaneAggregator<KeywordMention, SentimentStats> {
  public SentimentPaneAggregator() {
    super(PaneSums.SENTIMENT, (stats, mention) -> stats.add(mention.compound()));
  }
}
