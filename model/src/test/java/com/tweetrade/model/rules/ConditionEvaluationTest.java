package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionEvaluationTest {
  private static final String EXAMPLE =
      "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA";

  private static Condition condition(String condition) {
    return RuleParser.parse("WHEN " + condition + " THEN BUY 1 TSLA").condition();
  }

  private static InputValues values(Object... keysAndValues) {
    Map<String, Double> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).doubleValue());
    }
    return InputValues.of(map);
  }

  @Test
  void shouldFireTheExampleOnlyWhenBothHalvesHold() {
    Condition c = RuleParser.parse(EXAMPLE).condition();

    assertThat(
            c.evaluate(
                values("sentiment:tesla:5m", 0.5, "price:TSLA", 240.0, "avg:TSLA:15m", 250.0)))
        .isTrue();
    assertThat(
            c.evaluate(
                values("sentiment:tesla:5m", 0.4, "price:TSLA", 240.0, "avg:TSLA:15m", 250.0)))
        .isFalse();
    assertThat(
            c.evaluate(
                values("sentiment:tesla:5m", 0.5, "price:TSLA", 250.0, "avg:TSLA:15m", 250.0)))
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "<, 1, 2, true", "<, 2, 2, false", "<=, 2, 2, true", "<=, 3, 2, false", ">, 3, 2, true",
        ">, 2, 2, false",
    ">=, 2, 2, true", ">=, 1, 2, false", "=, 2, 2, true", "==, 2.5, 2, false", "!=, 1, 2, true",
        "!=, 2, 2, false"
  })
  void shouldCompareWithEachOperator(String op, double price, double threshold, boolean expected) {
    Condition c = condition("price(TSLA) " + op + " " + threshold);
    assertThat(c.evaluate(values("price:TSLA", price))).isEqualTo(expected);
  }

  @Test
  void shouldCompareCentPricesExactlyAfterConversionToDollars() {
    // The job divides cents by 100.0; that must equal the literal a user types.
    assertThat(condition("price(TSLA) = 250.13").evaluate(values("price:TSLA", 25013 / 100.0)))
        .isTrue();
  }

  @Test
  void shouldBeUnknownAndNotFireWhileAnInputIsMissing() {
    Condition c = RuleParser.parse(EXAMPLE).condition();
    InputValues partial = values("sentiment:tesla:5m", 0.9, "price:TSLA", 240.0);

    assertThat(c.truth(partial)).isEqualTo(Truth.UNKNOWN);
    assertThat(c.evaluate(partial)).isFalse();
    assertThat(c.evaluate(InputValues.none())).isFalse();
  }

  @Test
  void shouldCombineUnknownWithKleeneLogic() {
    InputValues onlyTsla = values("price:TSLA", 10.0);
    String known = "price(TSLA) > 5";
    String knownFalse = "price(TSLA) > 50";
    String unknown = "price(AAPL) > 5";

    assertThat(condition(known + " OR " + unknown).truth(onlyTsla)).isEqualTo(Truth.TRUE);
    assertThat(condition(knownFalse + " OR " + unknown).truth(onlyTsla)).isEqualTo(Truth.UNKNOWN);
    assertThat(condition(knownFalse + " AND " + unknown).truth(onlyTsla)).isEqualTo(Truth.FALSE);
    assertThat(condition(known + " AND " + unknown).truth(onlyTsla)).isEqualTo(Truth.UNKNOWN);
    // NOT of missing data must not fire.
    assertThat(condition("NOT " + unknown).truth(onlyTsla)).isEqualTo(Truth.UNKNOWN);
    assertThat(condition("NOT " + knownFalse).truth(onlyTsla)).isEqualTo(Truth.TRUE);
  }

  @Test
  void shouldComputeArithmeticAndTreatDivisionByZeroAsUnknown() {
    Condition c = condition("(price(TSLA) + price(AAPL)) / 2 * -1 = -15");
    assertThat(c.evaluate(values("price:TSLA", 10.0, "price:AAPL", 20.0))).isTrue();

    Condition ratio = condition("price(TSLA) / volume(\"tesla\", 5m) > 1");
    assertThat(ratio.truth(values("price:TSLA", 10.0, "volume:tesla:5m", 0.0)))
        .isEqualTo(Truth.UNKNOWN);
    assertThat(ratio.truth(values("price:TSLA", 10.0, "volume:tesla:5m", 5.0)))
        .isEqualTo(Truth.TRUE);
  }

  @Test
  void shouldComparePercentagesInTheUnitOfTheirFunction() {
    assertThat(condition("change(TSLA, 15m) > 2%").evaluate(values("change:TSLA:15m", 2.5)))
        .isTrue();
    assertThat(condition("change(TSLA, 15m) > 2%").evaluate(values("change:TSLA:15m", 0.5)))
        .isFalse();
    assertThat(
            condition("positive(\"tesla\", 5m) > 60%").evaluate(values("positive:tesla:5m", 0.65)))
        .isTrue();
    assertThat(
            condition("positive(\"tesla\", 5m) > 60%").evaluate(values("positive:tesla:5m", 0.55)))
        .isFalse();
  }

  @Test
  void shouldExplainWithTheValueOfEveryInputThatHasOne() {
    RuleDefinition rule = RuleParser.parse(EXAMPLE);
    InputValues v =
        values(
            "sentiment:tesla:5m",
            0.5,
            "price:TSLA",
            240.0,
            "avg:TSLA:15m",
            250.0,
            "price:AAPL",
            1.0);

    assertThat(rule.explain(v))
        .containsExactly(
            entry("avg:TSLA:15m", 250.0),
            entry("price:TSLA", 240.0),
            entry("sentiment:tesla:5m", 0.5));
    assertThat(rule.explain(values("price:TSLA", 240.0)))
        .containsExactly(entry("price:TSLA", 240.0));
  }
}
