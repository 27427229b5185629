package com.tweetrade.tweets.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleKeywordsTest {
  @Test
  void shouldFindSentimentAndVolumeWordsAndCashtags() {
    assertThat(RuleKeywords.of(
        "WHEN sentiment(\"Tesla\", 5m) > 0.4 AND volume( \"model 3\" , 1m) > 10 AND $tsla THEN BUY 10 TSLA"))
        .containsExactly("$TSLA", "model 3", "tesla");
  }

  @Test
  void shouldKeepQuotedCashtagsAsCashtags() {
    assertThat(RuleKeywords.of("WHEN sentiment(\"$nflx\", 5m) < -0.2 THEN SELL 1 NFLX")).containsExactly("$NFLX");
  }

  @Test
  void shouldFindNothingInPricesOnlyOrNoText() {
    assertThat(RuleKeywords.of("WHEN price(TSLA) < avg(TSLA, 15m) THEN BUY 1 TSLA")).isEmpty();
    assertThat(RuleKeywords.of(null)).isEmpty();
  }
}
