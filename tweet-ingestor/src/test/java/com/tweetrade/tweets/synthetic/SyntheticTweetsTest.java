package com.tweetrade.tweets.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Tweet;
import com.tweetrade.tweets.FakeTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticTweetsTest {
  private static final long NOW = 1_800_000_000_000L;

  @Test
  void shouldRepeatForTheSameSeed() {
    assertThat(generate(0.2, 7, 50)).isEqualTo(generate(0.2, 7, 50));
    assertThat(generate(0.2, 7, 50)).isNotEqualTo(generate(0.2, 8, 50));
  }

  @Test
  void shouldFollowTheSentimentBias() {
    List<Tweet> tweets = generate(0.6, 1, 10_000);
    long positive = tweets.stream().filter(t -> t.hashtags().contains("bullish")).count();
    // share (1 + 0.6) / 2 = 0.8; binomial sd over 10,000 is 0.004
    assertThat(positive / 10_000.0).isBetween(0.78, 0.82);
    assertThat(generate(-1, 1, 500)).allMatch(t -> t.hashtags().equals(List.of("bearish")));
  }

  @Test
  void shouldMakeValidTweetsAboutTheChosenTickersWithUniqueIds() {
    List<Tweet> tweets = generate(0, 3, 2000);
    assertThat(tweets).allMatch(t -> t.problem() == null);
    assertThat(tweets)
        .allMatch(
            t -> t.cashtags().size() == 1 && List.of("TSLA", "AAPL").contains(t.cashtags().get(0)));
    assertThat(tweets)
        .filteredOn(t -> t.cashtags().contains("TSLA"))
        .allMatch(t -> t.text().contains("tesla") && t.text().contains("$TSLA"));
    assertThat(new HashSet<>(tweets.stream().map(Tweet::id).toList())).hasSize(2000);
  }

  private static List<Tweet> generate(double sentiment, long seed, int n) {
    FakeTime time = new FakeTime(NOW);
    SyntheticTweets s =
        new SyntheticTweets(
            List.of("tsla", "$AAPL"), List.of("tesla", "apple"), sentiment, seed, time);
    List<Tweet> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(s.get());
      time.advance(3);
    }
    return out;
  }
}
