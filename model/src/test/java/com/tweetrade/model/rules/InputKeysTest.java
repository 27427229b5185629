package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Window;
import org.junit.jupiter.api.Test;

class InputKeysTest {

  @Test
  void shouldMapASentimentAggregateToTheKeysConditionsRead() {
    SentimentAggregate a = new SentimentAggregate("tesla", "5m", 0L, 0.42, 17, 0.6, 0.1);
    assertThat(InputKeys.of(a))
        .containsOnly(
            entry("sentiment:tesla:5m", 0.42), entry("volume:tesla:5m", 17.0),
            entry("positive:tesla:5m", 0.6), entry("negative:tesla:5m", 0.1));
  }

  @Test
  void shouldMapAPriceAggregateToDollars() {
    PriceAggregate a =
        new PriceAggregate("TSLA", "15m", 0L, 25050.0, 25100.0, 24000, 26000, 25000, 10, 500);
    assertThat(InputKeys.of(a))
        .containsOnly(entry("avg:TSLA:15m", 250.5), entry("vwap:TSLA:15m", 251.0));
  }

  @Test
  void shouldMatchTheKeysOfParsedRules() {
    RuleDefinition rule =
        RuleParser.parse("WHEN price(TSLA) > 1 AND change(TSLA, 1m) > 2% THEN BUY 1 TSLA");
    assertThat(rule.inputs())
        .containsExactly(InputKeys.price("TSLA"), InputKeys.change("TSLA", Window.ONE_MINUTE));
  }

  @Test
  void shouldComputeChangeInPercent() {
    assertThat(InputKeys.changePercent(102, 100)).isEqualTo(2.0);
    assertThat(InputKeys.changePercent(95, 100)).isEqualTo(-5.0);
    assertThat(InputKeys.changePercent(1, 0)).isNaN();
  }
}
