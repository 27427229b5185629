package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.SentimentStats;
import org.apache.flink.api.common.functions.AggregateFunction;

/**
 * Folds the mentions of one keyword and pane into {@link SentimentStats}, one mention at a time.
 */
public class SentimentPaneAggregator
    implements AggregateFunction<KeywordMention, SentimentStats, SentimentStats> {
  @Override
  public SentimentStats createAccumulator() {
    return new SentimentStats();
  }

  @Override
  public SentimentStats add(KeywordMention mention, SentimentStats acc) {
    return acc.add(mention.compound());
  }

  @Override
  public SentimentStats getResult(SentimentStats acc) {
    return acc;
  }

  @Override
  public SentimentStats merge(SentimentStats a, SentimentStats b) {
    return a.merge(b);
  }
}
