package com.tweetrade.job.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleLanguage;
import org.junit.jupiter.api.Test;

class RuleKeywordsTest {
  private static final String MANY_KEYWORDS =
      "WHEN sentiment(\"Tesla\", 5m) > 0.4 AND volume( \"model 3\" ,1m) > 10 OR positive($TSLA,"
          + " 15m) > 0.5 AND NOT negative(\"tesla\", 1m) > 0.2 AND price(TSLA) < avg(TSLA, 15m)"
          + " THEN BUY 10 TSLA";

  @Test
  void shouldExtractTheKeywordArgumentsOfKeywordFunctions() {
    assertThat(RuleKeywords.extract(MANY_KEYWORDS, WindowSet.LIVE))
        .containsExactly("tesla", "model 3", "$TSLA");
  }

  @Test
  void shouldTrackExactlyWhatTheRuleLanguageReads() {
    assertThat(RuleKeywords.extract(MANY_KEYWORDS, WindowSet.LIVE))
        .containsExactlyElementsOf(RuleLanguage.compile(MANY_KEYWORDS, null).keywords());
  }

  @Test
  void shouldFindNothingInRulesWithoutKeywordFunctionsOrText() {
    assertThat(
            RuleKeywords.extract(
                "WHEN price(TSLA) < avg(TSLA, 15m) THEN BUY 1 TSLA", WindowSet.LIVE))
        .isEmpty();
    assertThat(RuleKeywords.extract(null, WindowSet.LIVE)).isEmpty();
  }

  @Test
  void shouldTrackNothingForARuleThatDoesNotParse() {
    // The old regular expression found "tesla" here although the engine refuses the rule.
    assertThat(
            RuleKeywords.extract("WHEN sentiment(\"tesla\", 5m) > THEN BUY 1 TSLA", WindowSet.LIVE))
        .isEmpty();
    assertThat(
            RuleKeywords.extract(
                "WHEN sentiment(\"tesla\", 7m) > 0.1 THEN BUY 1 TSLA", WindowSet.LIVE))
        .isEmpty();
  }
}
