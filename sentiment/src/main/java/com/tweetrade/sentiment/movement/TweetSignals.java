package com.tweetrade.sentiment.movement;

import com.tweetrade.sentiment.KeywordMatcher;
import com.tweetrade.sentiment.SentimentAnalyzer;
import com.tweetrade.sentiment.SentimentModel;
import com.tweetrade.sentiment.stocknet.StockNetTweet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link WindowFeatures} needs of each tweet, computed once per tweet (index = tweet id): its
 * compound under both models, its time, how many cashtags it names and which distinct text it is.
 *
 * <p>All of it is one pass over the text, as cheap as the scoring itself: a streaming job can keep
 * these per tweet.
 *
 * @param vader VADER compound
 * @param finance finance-model compound
 * @param epochSecond when it was posted
 * @param cashtags the number of distinct cashtags in its text ({@link KeywordMatcher#cashtags})
 * @param textId a number per distinct text, shared by tweets with exactly the same text (copies,
 *     retweets)
 */
public record TweetSignals(
    double[] vader, double[] finance, long[] epochSecond, int[] cashtags, int[] textId) {

  /** Scores every tweet of {@code tweets} with both models. */
  public static TweetSignals of(List<StockNetTweet> tweets) {
    SentimentAnalyzer vaderModel = SentimentAnalyzer.load(SentimentModel.VADER);
    SentimentAnalyzer financeModel = SentimentAnalyzer.load(SentimentModel.FINANCE);
    int n = tweets.size();
    TweetSignals signals =
        new TweetSignals(new double[n], new double[n], new long[n], new int[n], new int[n]);
    Map<String, Integer> firstWithText = new HashMap<>();
    for (int id = 0; id < n; id++) {
      StockNetTweet tweet = tweets.get(id);
      signals.vader[id] = vaderModel.score(tweet.text()).compound();
      signals.finance[id] = financeModel.score(tweet.text()).compound();
      signals.epochSecond[id] = tweet.epochSecond();
      signals.cashtags[id] = KeywordMatcher.cashtags(tweet.text()).size();
      signals.textId[id] =
          firstWithText.computeIfAbsent(tweet.text(), text -> firstWithText.size());
    }
    return signals;
  }
}
