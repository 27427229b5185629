package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * toText() is canonical: it parses back to an equal rule, and printing that again changes nothing.
 */
class RuleRoundTripTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA",
        "when (sentiment($TSLA, 1m) > 0.2 or volume(\"Elon Musk\", 15m) >= 100) and not"
            + " change(TSLA, 15m) < -2% then sell 5 TSLA at limit 250.50 every 10m",
        "WHEN positive(\"apple\", 5m) > 60% OR negative(\"apple\", 5m) <= 5.5% THEN BUY 1 AAPL"
            + " ONCE",
        "WHEN (price(AAPL) + price(MSFT)) / 2 > -avg(AAPL, 5m) * 1.10 THEN BUY 1 BRK.B",
        "WHEN price(TSLA) - (avg(TSLA, 1m) - vwap(TSLA, 1m)) == 0 THEN BUY 1 TSLA",
        "WHEN NOT (price(TSLA) > 1 AND price(TSLA) < 2) THEN BUY 1 TSLA",
        "WHEN NOT NOT price(TSLA) != -0 THEN BUY 1 TSLA",
        "WHEN price(TSLA) > 1 OR (price(TSLA) > 2 OR price(TSLA) > 3) THEN BUY 1 TSLA",
        "WHEN price(TSLA) > 1 AND (price(TSLA) > 2 AND price(TSLA) > 3) THEN BUY 1 TSLA",
        "WHEN -(price(TSLA) + 1) < --price(TSLA) THEN BUY 1 TSLA",
        "WHEN 100.000 <= price(TSLA) / (2 / 3) THEN BUY 1 TSLA EVERY 1m",
        "WHEN price(TSLA) > 1 THEN BUY 1 TSLA ON CLOSE",
        "WHEN price(TSLA) > 1 THEN BUY 1 TSLA on tick",
        "WHEN price(TSLA) > 1 THEN SELL 1 TSLA AT LIMIT 3 ONCE ON CLOSE",
        "WHEN sentiment(\"close\", 5m) > 0 THEN BUY 1 TSLA EVERY 2m ON CLOSE",
      })
  void shouldRoundTripHandWrittenRules(String text) {
    assertRoundTrips(text);
  }

  /** {@code text}'s canonical form parses back to the same rule and prints unchanged. */
  static void assertRoundTrips(String text) {
    RuleDefinition rule = RuleParser.parse(text);
    String canonical = rule.toText();

    assertThat(RuleParser.parse(canonical)).as(canonical).isEqualTo(rule);
    assertThat(RuleParser.parse(canonical).toText()).isEqualTo(canonical);
  }

  @Test
  void shouldPrintOnlyTheParenthesesThatMatter() {
    assertThat(
            RuleParser.parse(
                    "WHEN ((price(TSLA)) > ((1))) AND ((NOT (price(TSLA) > 2))) THEN BUY 1 TSLA")
                .toText())
        .isEqualTo("WHEN price(TSLA) > 1 AND NOT price(TSLA) > 2 THEN BUY 1 TSLA");
    assertThat(
            RuleParser.parse("WHEN (price(TSLA) * 2) + (price(TSLA) * 3) > 1 THEN BUY 1 TSLA")
                .toText())
        .isEqualTo("WHEN price(TSLA) * 2 + price(TSLA) * 3 > 1 THEN BUY 1 TSLA");
  }

  @Test
  void shouldRoundTripThousandsOfGeneratedRules() {
    RandomRules generator = new RandomRules(42);
    for (int i = 0; i < 5000; i++) {
      RuleDefinition rule = generator.rule();
      String text = rule.toText();
      RuleDefinition parsed = RuleParser.parse(text, RandomRules.TICKERS::contains);

      assertThat(parsed).as(text).isEqualTo(rule);
      assertThat(parsed.toText()).isEqualTo(text);
    }
  }
}
