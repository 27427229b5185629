package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.ScoredTweet;
import com.tweetrade.model.Tweet;
import com.tweetrade.sentiment.SentimentAnalyzer;
import com.tweetrade.sentiment.SentimentModel;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Scores each tweet once with VADER and once with the finance model, before the fan-out copies it
 * to every keyword it mentions.
 */
public class ScoreTweetFunction extends RichMapFunction<Tweet, ScoredTweet> {
  private transient SentimentAnalyzer analyzer;
  private transient SentimentAnalyzer finance;

  @Override
  public void open(OpenContext openContext) {
    analyzer = SentimentAnalyzer.load();
    finance = SentimentAnalyzer.load(SentimentModel.FINANCE);
  }

  @Override
  public ScoredTweet map(Tweet tweet) {
    double compound = analyzer.score(tweet.text()).compound();
    double financeCompound = finance.score(tweet.text()).compound();
    return new ScoredTweet(
        tweet.id(), tweet.createdAt(), tweet.text(), tweet.cashtags(), compound, financeCompound);
  }
}
