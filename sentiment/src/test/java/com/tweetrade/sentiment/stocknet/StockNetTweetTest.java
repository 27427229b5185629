package com.tweetrade.sentiment.stocknet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StockNetTweetTest {

  @Test
  void shouldReadTheTopLevelStatusAndSkipTheRetweetedOne() {
    String json =
        """
        {"created_at":"Tue Dec 31 23:10:08 +0000 2013","id":1,"text":"RT @x: $AAPL \\ud83d\\ude80",
         "user":{"name":"a","entities":{"symbols":[{"text":"NOPE"}]}},
         "retweeted_status":{"created_at":"Mon Dec 30 12:00:00 +0000 2013","text":"original",
           "entities":{"symbols":[{"text":"GOOG"}]}},
         "entities":{"hashtags":[],"symbols":[{"text":"AAPL","indices":[7,12]}],"urls":[]}}\
        """;
    StockNetTweet tweet = StockNetTweet.parse(json);
    assertThat(tweet.day()).isEqualTo(LocalDate.of(2013, 12, 31));
    assertThat(tweet.epochSecond()).isEqualTo(1_388_531_408L); // 2013-12-31T23:10:08Z
    assertThat(tweet.text()).isEqualTo("RT @x: $AAPL 🚀");
    assertThat(tweet.symbols()).containsExactly("AAPL");
  }

  @Test
  void shouldUseTheUtcDay() {
    StockNetTweet tweet =
        StockNetTweet.parse("{\"created_at\":\"Wed Jan 01 01:30:00 +0200 2014\",\"text\":\"x\"}");
    assertThat(tweet.day()).isEqualTo(LocalDate.of(2013, 12, 31));
    assertThat(tweet.epochSecond()).isEqualTo(1_388_532_600L); // 2013-12-31T23:30:00Z
    assertThat(tweet.symbols()).isEmpty();
  }

  @Test
  void shouldRefuseAStatusWithoutText() {
    assertThatThrownBy(
            () -> StockNetTweet.parse("{\"created_at\":\"Wed Jan 01 01:30:00 +0000 2014\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("created_at and text");
  }
}
