package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Window;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Validation of rules built in code (the parser applies the same checks with positions). */
class RuleValidatorTest {
  private static final Set<String> KNOWN = Set.of("TSLA", "AAPL");

  /** {@code WHEN input > 1 THEN action}, built in code: the parser's checks have not run. */
  static RuleDefinition rule(Operand.Input input, Action action) {
    return new RuleDefinition(
        new Condition.Comparison(input, ComparisonOp.GT, Operand.Literal.of(1)),
        action,
        Trigger.RISING_EDGE);
  }

  @Test
  void shouldAcceptAValidRule() {
    RuleDefinition rule =
        rule(
            new Operand.Input(InputKind.PRICE, "TSLA", null),
            Action.market(Action.Side.BUY, 1, "AAPL"));
    assertThat(RuleValidator.validate(rule, KNOWN::contains)).isEmpty();
  }

  @Test
  void shouldListEveryProblemOfARuleBuiltInCode() {
    RuleDefinition rule =
        rule(
            new Operand.Input(InputKind.SENTIMENT, "", Window.FIVE_MINUTES),
            Action.limit(Action.Side.SELL, 2_000_000, "MSFT", 1));
    assertThat(RuleValidator.validate(rule, KNOWN::contains))
        .containsExactly(
            "expected a keyword that is not empty but found ''",
            "unknown ticker 'MSFT'",
            "expected a quantity of at most 1000000 shares but found 2000000");
  }

  @Test
  void shouldCheckCashtagsAgainstTheDirectory() {
    RuleDefinition rule =
        rule(
            new Operand.Input(InputKind.VOLUME, "$MSFT", Window.ONE_MINUTE),
            Action.market(Action.Side.BUY, 1, "TSLA"));
    assertThat(RuleValidator.validate(rule, KNOWN::contains))
        .containsExactly("unknown ticker 'MSFT'");
    assertThat(RuleValidator.validate(rule, null)).isEmpty();
  }

  @Test
  void shouldNormaliseKeywordsAsTheAnalyticsKeyThem() {
    assertThat(RuleValidator.normalizeKeyword("  Elon \t MUSK ")).isEqualTo("elon musk");
    assertThat(RuleValidator.normalizeKeyword(" $tsla")).isEqualTo("$TSLA");
  }

  @Test
  void shouldCheckNumbersAtTheirLimits() {
    assertThat(RuleValidator.quantityProblem(BigDecimal.ONE)).isNull();
    assertThat(RuleValidator.quantityProblem(BigDecimal.valueOf(RuleValidator.MAX_QUANTITY)))
        .isNull();
    assertThat(RuleValidator.quantityProblem(BigDecimal.ZERO))
        .isEqualTo("a quantity greater than 0");
    assertThat(RuleValidator.limitProblem(new BigDecimal("0.01"))).isNull();
    assertThat(RuleValidator.limitProblem(new BigDecimal("1000000.00"))).isNull();
    assertThat(RuleValidator.limitProblem(new BigDecimal("1.230"))).isNull();
    assertThat(RuleValidator.limitProblem(new BigDecimal("0.001")))
        .isEqualTo("a limit price with at most 2 decimals (cents)");
  }

  @Test
  void shouldRecogniseTickerShapes() {
    assertThat(RuleValidator.isTickerSyntax("TSLA")).isTrue();
    assertThat(RuleValidator.isTickerSyntax("BRK-B")).isTrue();
    assertThat(RuleValidator.isTickerSyntax("BRK.B")).isTrue();
    assertThat(RuleValidator.isTickerSyntax("tsla")).isFalse();
    assertThat(RuleValidator.isTickerSyntax("TOOLONGSYMBOL")).isFalse();
    assertThat(RuleValidator.isTickerSyntax("")).isFalse();
  }
}
