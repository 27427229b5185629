package com.tweetrade.job.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleKeywordsTest {
  @Test
  void shouldExtractTheKeywordArgumentsOfKeywordFunctions() {
    assertThat(RuleKeywords.extract(
        "WHEN sentiment(\"Tesla\", 5m) > 0.4 AND volume( \"model 3\" ,1m) > 10 OR positive($tsla, 15m) > 0.5"
            + " AND NOT negative(\"tesla\", 1m) > 0.2 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA"))
        .containsExactly("tesla", "model 3", "$TSLA");
  }

  @Test
  void shouldFindNothingInRulesWithoutKeywordFunctionsOrText() {
    assertThat(RuleKeywords.extract("WHEN price(TSLA) < avg(TSLA, 15m) THEN BUY 1 TSLA")).isEmpty();
    assertThat(RuleKeywords.extract(null)).isEmpty();
  }
}
