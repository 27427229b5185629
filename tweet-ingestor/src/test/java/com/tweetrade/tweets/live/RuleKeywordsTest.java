package com.tweetrade.tweets.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.RuleParseException;
import org.junit.jupiter.api.Test;

class RuleKeywordsTest {
  private final RuleKeywords keywords = new RuleKeywords();

  @Test
  void shouldTakeTheKeywordsOfEveryKeywordFunction() {
    assertThat(
            keywords.of(
                rule(
                    "WHEN sentiment(\"Tesla\", 5m) > 0.4 AND volume( \"model  3\" , 1m) > 10 OR"
                        + " positive(\"cybertruck\", 15m) > 60% OR negative(\"recall\", 5m) < 5%"
                        + " THEN BUY 10 TSLA")))
        .containsExactly("cybertruck", "model 3", "recall", "tesla");
  }

  @Test
  void shouldTakeCashtagsQuotedOrBareAsCashtags() {
    assertThat(
            keywords.of(
                rule(
                    "WHEN sentiment(\"$nflx\", 5m) < -0.2 OR volume($TSLA, 1m) > 5 THEN SELL 1"
                        + " NFLX")))
        .containsExactly("$NFLX", "$TSLA");
  }

  @Test
  void shouldNotTrackACashtagThatOnlyOccursInsideAnotherKeyword() {
    // a text scan would also track "$TSLA" here; the job reads only the sentiment of "short $tsla"
    assertThat(keywords.of(rule("WHEN sentiment(\"short $tsla\", 5m) < -0.3 THEN SELL 5 TSLA")))
        .containsExactly("short $tsla");
  }

  @Test
  void shouldNotTrackAKeywordFunctionNameInsideAString() {
    assertThat(keywords.of(rule("WHEN sentiment(\"volume(tesla)\", 5m) > 0.1 THEN BUY 1 TSLA")))
        .containsExactly("volume(tesla)");
  }

  @Test
  void shouldTrackNothingForPricesOnly() {
    assertThat(
            keywords.of(
                rule(
                    "WHEN price(TSLA) < avg(TSLA, 15m) AND change(AAPL, 5m) > 2% THEN BUY 1 TSLA")))
        .isEmpty();
  }

  @Test
  void shouldRefuseWhatTheJobRefuses() {
    assertThatThrownBy(() -> keywords.of(rule("WHEN sentiment(\"tesla\", 5m) > THEN BUY 1 TSLA")))
        .isInstanceOf(RuleParseException.class);
    assertThatThrownBy(
            () -> keywords.of(rule("WHEN sentiment(\"$ZZZZQX\", 5m) > 0.1 THEN BUY 1 TSLA")))
        .isInstanceOf(RuleParseException.class);
    assertThatThrownBy(
            () ->
                keywords.of(
                    RuleEvent.create(
                        "r1", " ", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA", 1L)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldAcceptAnyWellFormedTickerWithoutADirectory() {
    assertThat(
            new RuleKeywords(null)
                .of(rule("WHEN sentiment(\"$ZZZZQX\", 5m) > 0.1 THEN BUY 1 ZZZZQX")))
        .containsExactly("$ZZZZQX");
  }

  private static RuleEvent rule(String text) {
    return RuleEvent.create("r1", "alice", text, 1L);
  }
}
