package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code a CROSSES ABOVE b} and {@code CROSSES BELOW}: parsing, printing and truth. */
class CrossingRuleTest {
  private static final String GOLDEN_CROSS =
      "WHEN ema(TSLA, 12) CROSSES ABOVE ema(TSLA, 26) THEN BUY 10 TSLA";

  @Test
  void shouldParseACrossingOfTwoIndicators() {
    RuleDefinition rule = RuleParser.parse(GOLDEN_CROSS);

    assertThat(rule.condition())
        .isEqualTo(
            new Condition.Crossing(
                Operand.Input.indicator(InputKind.EMA, "TSLA", 12),
                Condition.Crossing.Direction.ABOVE,
                Operand.Input.indicator(InputKind.EMA, "TSLA", 26)));
    assertThat(rule.inputs()).containsExactly("ema:TSLA:12", "ema:TSLA:26");
    assertThat(rule.tickers()).containsExactly("TSLA");
    assertThat(rule.toText()).isEqualTo(GOLDEN_CROSS);
  }

  @Test
  void shouldPrintEveryFormCanonicallyAndParseItBack() {
    String[][] cases = {
      {
        "when price(AAPL) - avg(AAPL, 5m) crosses below -(avg(AAPL, 5m) * 0.01) and"
            + " sentiment(\"apple\", 5m) > 0.2 then sell 1 AAPL",
        "WHEN price(AAPL) - avg(AAPL, 5m) CROSSES BELOW -(avg(AAPL, 5m) * 0.01) AND"
            + " sentiment(\"apple\", 5m) > 0.2 THEN SELL 1 AAPL"
      },
      {
        "WHEN NOT rsi(NVDA, 14) Crosses Above 70 THEN BUY 1 NVDA",
        "WHEN NOT rsi(NVDA, 14) CROSSES ABOVE 70 THEN BUY 1 NVDA"
      },
      {
        "WHEN change(TSLA, 5m) CROSSES BELOW -2% OR (1 CROSSES ABOVE price(TSLA)) THEN BUY 1"
            + " TSLA",
        "WHEN change(TSLA, 5m) CROSSES BELOW -2% OR 1 CROSSES ABOVE price(TSLA) THEN BUY 1 TSLA"
      },
    };
    for (String[] c : cases) {
      RuleDefinition rule = RuleParser.parse(c[0]);
      assertThat(rule.toText()).isEqualTo(c[1]);
      assertThat(RuleParser.parse(rule.toText())).isEqualTo(rule);
    }
    // The percentage takes change()'s unit, as in a comparison.
    Condition.Crossing crossing =
        (Condition.Crossing) ((Condition.Or) RuleParser.parse(cases[2][0]).condition()).left();
    assertThat(crossing.right().value(InputValues.none())).isEqualTo(-2.0);
  }

  @Test
  void shouldBeTrueOnlyWhenTheSidesChangedOrderSinceTheRemembered() {
    Condition.Crossing above = (Condition.Crossing) RuleParser.parse(GOLDEN_CROSS).condition();
    Map<String, Double> values = new HashMap<>(Map.of("ema:TSLA:12", 101.0, "ema:TSLA:26", 100.0));

    assertThat(above.truth(InputValues.of(values))).as("nothing remembered").isEqualTo(Truth.FALSE);
    values.put("crossing:ema(TSLA, 12) CROSSES ABOVE ema(TSLA, 26):left", 100.0);
    values.put("crossing:ema(TSLA, 12) CROSSES ABOVE ema(TSLA, 26):right", 100.0);
    assertThat(above.truth(InputValues.of(values))).as("from at").isEqualTo(Truth.TRUE);
    values.put(above.memoryKey(true), 100.5);
    assertThat(above.truth(InputValues.of(values))).as("was above").isEqualTo(Truth.FALSE);
    values.remove("ema:TSLA:26");
    assertThat(above.truth(InputValues.of(values))).isEqualTo(Truth.UNKNOWN);
    assertThat(above.sides(InputValues.of(values))).isNull();
    values.put("ema:TSLA:26", 102.0);
    assertThat(above.sides(InputValues.of(values))).containsExactly(101.0, 102.0);
  }

  @Test
  void shouldListTheCrossingsOfACondition() {
    RuleDefinition rule =
        RuleParser.parse(
            "WHEN NOT price(A) CROSSES ABOVE 1 AND (price(B) CROSSES BELOW 2 OR price(A) CROSSES"
                + " ABOVE 1) THEN BUY 1 A");

    assertThat(rule.condition().crossings())
        .extracting(Condition::toText)
        .containsExactly("price(A) CROSSES ABOVE 1", "price(B) CROSSES BELOW 2");
    assertThat(RuleParser.parse("WHEN price(A) > 1 THEN BUY 1 A").condition().crossings())
        .isEmpty();
  }

  @Test
  void shouldSayWhatIsWrongWithACrossing() {
    assertProblem(
        "WHEN ema(TSLA, 12) CROSSES ema(TSLA, 26) THEN BUY 1 TSLA",
        "at 27: expected ABOVE or BELOW after CROSSES but found 'ema'");
    assertProblem(
        "WHEN ema(TSLA, 12) CROSSES ABOVE THEN BUY 1 TSLA",
        "at 33: expected a number, a function such as price(TSLA), or '(' but found 'THEN'");
    assertProblem(
        "WHEN price(A) CROSSES ABOVE 1 CROSSES ABOVE 2 THEN BUY 1 A",
        "at 30: comparisons cannot be chained: join them with AND, as in 1 < x AND x < 2");
    assertProblem(
        "WHEN price(A) > 1 CROSSES ABOVE 2 THEN BUY 1 A",
        "at 18: comparisons cannot be chained: join them with AND, as in 1 < x AND x < 2");
    assertProblem(
        "WHEN (price(A) > 1) CROSSES ABOVE 2 THEN BUY 1 A",
        "at 20: expected AND, OR or THEN but found 'CROSSES'");
    assertProblem(
        "WHEN price(A) CROSSES ABOVE 2% THEN BUY 1 A",
        "at 28: a percentage such as 2% can only be compared directly with change(), positive() or"
            + " negative()");
  }

  private static void assertProblem(String text, String message) {
    assertThatThrownBy(() -> RuleParser.parse(text))
        .isInstanceOf(RuleParseException.class)
        .hasMessage(message);
  }
}
