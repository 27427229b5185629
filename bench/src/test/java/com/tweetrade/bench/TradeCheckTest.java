package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradeCheckTest {
  private static final TradeCheck CHECK =
      TradeCheck.of(
          List.of(
              RuleEvent.create(
                  "tick-one", "u", "WHEN price(TSLA) < avg(TSLA, 1m) THEN BUY 1 TSLA", 0),
              RuleEvent.create("tick-other", "u", "WHEN price(AAPL) > 100 THEN BUY 1 TSLA", 0),
              RuleEvent.create(
                  "tick-two",
                  "u",
                  "WHEN sentiment(\"tesla\", 5m) > 0.2 AND price(TSLA) < 190 THEN BUY 1 TSLA",
                  0),
              RuleEvent.create(
                  "close-two",
                  "u",
                  "WHEN sentiment(\"tesla\", 5m) > 0.2 AND price(TSLA) < 190 THEN BUY 1 TSLA ON"
                      + " CLOSE",
                  0),
              RuleEvent.create("broken", "u", "WHEN price(TSLA) < THEN BUY 1 TSLA", 0)));

  @Test
  void shouldReplayOnCloseRulesAndOnTickRulesReadingOnlyTheTradedTicker() {
    assertThat(CHECK.replayable(trade("tick-one", Map.of()))).isTrue();
    assertThat(CHECK.replayable(trade("close-two", Map.of()))).isTrue();
    assertThat(CHECK.replayable(trade("tick-two", Map.of()))).isFalse();
    // Priced from TSLA quotes the rule does not read: their interleaving with AAPL's is not
    // replayable.
    assertThat(CHECK.replayable(trade("tick-other", Map.of()))).isFalse();
    assertThat(CHECK.replayable(trade("no-such-rule", Map.of())))
        .as("compared strictly: shows as extra")
        .isTrue();
  }

  @Test
  void shouldCheckTheExplanationAgainstTheRule() {
    assertThat(
            CHECK.satisfied(
                trade("tick-two", Map.of("sentiment:tesla:5m", 0.3, "price:TSLA", 180.0))))
        .isTrue();
    assertThat(
            CHECK.satisfied(
                trade("tick-two", Map.of("sentiment:tesla:5m", 0.1, "price:TSLA", 180.0))))
        .isFalse();
    assertThat(CHECK.satisfied(trade("tick-two", Map.of("price:TSLA", 180.0))))
        .as("no data")
        .isFalse();
    assertThat(CHECK.satisfied(trade("broken", Map.of("price:TSLA", 180.0)))).isFalse();
  }

  @Test
  void shouldCoverEveryKindOfRuleInTheFaultSuiteRules() {
    List<RuleEvent> rules = BenchRules.create(20, 0);
    TradeCheck check = TradeCheck.of(rules);
    long replayable =
        rules.stream().filter(r -> check.replayable(trade(r.ruleId(), Map.of()))).count();
    assertThat(replayable).isEqualTo(18);
    assertThat(rules).filteredOn(r -> r.text().endsWith(" ON CLOSE")).hasSize(8);
  }

  private static Trade trade(String ruleId, Map<String, Double> explanation) {
    return new Trade(
        "id", "u", ruleId, "BUY", 1, "TSLA", 18000, 0, "FILLED", "", explanation, "quote:x");
  }
}
