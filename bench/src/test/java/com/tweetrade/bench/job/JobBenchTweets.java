package com.tweetrade.bench.job;

import com.tweetrade.model.Tweet;
import java.util.ArrayList;
import java.util.List;

/**
 * For latency benchmarks: live tweets naming two keywords and a cashtag, with a positive or
 * negative word.
 */
final class JobBenchTweets extends JobBenchPacer<Tweet> {
  private static final String[] MOODS = {
    "great", "terrible", "good", "awful", "love", "hate", "fine"
  };
  private final List<String> keywords;
  private final List<String> tickers;

  JobBenchTweets(
      List<String> keywords,
      List<String> tickers,
      double perSecond,
      long rules,
      long marginMillis) {
    super("bench-tweets", perSecond, rules, marginMillis);
    this.keywords = new ArrayList<>(keywords);
    this.tickers = new ArrayList<>(tickers);
  }

  @Override
  Tweet event(long i, long now) {
    int h = JobBenchUpdates.mix((int) i, 1);
    String text =
        keywords.get(h % keywords.size())
            + " and "
            + keywords.get((h / 7) % keywords.size())
            + " look "
            + MOODS[(h / 11) % MOODS.length]
            + " today $"
            + tickers.get((h / 13) % tickers.size());
    return JobBenchFixtures.tweet(i, text, now);
  }
}
