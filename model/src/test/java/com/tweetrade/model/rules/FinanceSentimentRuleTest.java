package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code fsentiment(k, w)}: the finance model's mean compound, read like {@code sentiment} under
 * its own key.
 */
class FinanceSentimentRuleTest {

  private static final String RULE =
      "WHEN fsentiment($TSLA, 5m) > 0.2 AND sentiment(\"tesla\", 1m) < 0 THEN BUY 1 TSLA";

  @Test
  void shouldReadTheFinanceKeyOfAKeyword() {
    RuleDefinition rule = RuleParser.parse(RULE);
    assertThat(rule.inputs())
        .containsExactlyInAnyOrder("fsentiment:$TSLA:5m", "sentiment:tesla:1m");
    assertThat(rule.keywords()).containsExactlyInAnyOrder("$TSLA", "tesla");
  }

  @Test
  void shouldDecideOnTheFinanceValueNotVaders() {
    RuleDefinition rule = RuleParser.parse(RULE);
    Map<String, Double> bullishForFinance =
        Map.of("fsentiment:$TSLA:5m", 0.5, "sentiment:tesla:1m", -0.1);
    Map<String, Double> vaderOnly = Map.of("sentiment:$TSLA:5m", 0.5, "sentiment:tesla:1m", -0.1);
    assertThat(rule.evaluate(InputValues.of(bullishForFinance))).isTrue();
    assertThat(rule.evaluate(InputValues.of(vaderOnly))).isFalse();
  }
}
