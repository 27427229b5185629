package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code high(T, w)}, {@code low(T, w)} and {@code shares(T, w)}: a ticker's range and volume. */
class PriceRangeRuleTest {

  @Test
  void shouldReadTheRangeAndTheSharesOfATicker() {
    RuleDefinition rule =
        RuleParser.parse(
            "WHEN price(TSLA) >= high(TSLA, 15m) AND low(TSLA, 5m) > 100 AND shares(TSLA, 1m) >"
                + " 5000 THEN BUY 1 TSLA");

    assertThat(rule.inputs())
        .containsExactly("price:TSLA", "high:TSLA:15m", "low:TSLA:5m", "shares:TSLA:1m");
    assertThat(rule.tickers()).containsExactly("TSLA");
    assertThat(rule.keywords()).isEmpty();
    Map<String, Double> breakout =
        Map.of(
            "price:TSLA",
            210.0,
            "high:TSLA:15m",
            210.0,
            "low:TSLA:5m",
            200.0,
            "shares:TSLA:1m",
            6000.0);
    assertThat(rule.evaluate(InputValues.of(breakout))).isTrue();
    Map<String, Double> thinTrading = new java.util.HashMap<>(breakout);
    thinTrading.put("shares:TSLA:1m", 5000.0);
    assertThat(rule.evaluate(InputValues.of(thinTrading))).isFalse();
  }

  @Test
  void shouldPrintTheFunctionsBack() {
    String text = "WHEN high(AAPL, 5m) - low(AAPL, 5m) > 2 THEN SELL 1 AAPL";
    assertThat(RuleParser.parse(text).toText()).startsWith(text);
  }

  @Test
  void shouldPointATickersVolumeToShares() {
    assertThatThrownBy(() -> RuleParser.parse("WHEN volume(TSLA, 5m) > 100 THEN BUY 1 TSLA"))
        .isInstanceOf(RuleParseException.class)
        .hasMessageContaining("shares traded are shares(TSLA, 5m)");
  }

  @Test
  void shouldRefuseAKeywordForAPriceFunction() {
    assertThatThrownBy(() -> RuleParser.parse("WHEN shares(\"tesla\", 5m) > 1 THEN BUY 1 TSLA"))
        .isInstanceOf(RuleParseException.class)
        .hasMessageContaining("a ticker symbol such as TSLA");
  }
}
