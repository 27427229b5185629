package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.model.Window;
import com.tweetrade.model.WindowSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ema(T, n)} and {@code rsi(T, n)}: parsing, printing, keys and the refusals. */
class IndicatorRuleTest {
  private static final WindowSet DAILY =
      new WindowSet("StockNet daily closes", List.of(Window.ONE_DAY), Duration.ofDays(1));
  private static final WindowSet NO_BARS =
      new WindowSet("recorded history", List.of(Window.ONE_MINUTE));

  @Test
  void shouldReadEmaAndRsiOfATicker() {
    RuleDefinition rule =
        RuleParser.parse(
            "WHEN ema(TSLA, 12) > ema(TSLA, 26) AND rsi($TSLA, 14) < 30 THEN BUY 1 TSLA");

    assertThat(rule.inputs()).containsExactly("ema:TSLA:12", "ema:TSLA:26", "rsi:TSLA:14");
    assertThat(rule.tickers()).containsExactly("TSLA");
    assertThat(rule.keywords()).isEmpty();
    assertThat(rule.condition().inputOperands())
        .contains(Operand.Input.indicator(InputKind.RSI, "TSLA", 14));
    assertThat(
            rule.evaluate(
                InputValues.of(
                    Map.of("ema:TSLA:12", 101.0, "ema:TSLA:26", 100.0, "rsi:TSLA:14", 25.0))))
        .isTrue();
  }

  @Test
  void shouldBeUnknownUntilTheIndicatorHasAValue() {
    RuleDefinition rule = RuleParser.parse("WHEN rsi(TSLA, 14) < 30 THEN BUY 1 TSLA");

    assertThat(rule.condition().truth(InputValues.none())).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void shouldPrintCanonicallyAndParseBack() {
    RuleDefinition rule =
        RuleParser.parse("when EMA(BRK.B, 012) - Rsi(NVDA, 2) >= 0 then buy 1 NVDA");

    assertThat(rule.toText()).isEqualTo("WHEN ema(BRK-B, 12) - rsi(NVDA, 2) >= 0 THEN BUY 1 NVDA");
    assertThat(RuleParser.parse(rule.toText())).isEqualTo(rule);
  }

  @Test
  void shouldAcceptTheBoundsOfThePeriod() {
    assertThat(RuleParser.parse("WHEN ema(TSLA, 2) > 0 THEN BUY 1 TSLA").inputs())
        .containsExactly("ema:TSLA:2");
    assertThat(RuleParser.parse("WHEN rsi(TSLA, 500) > 0 THEN BUY 1 TSLA").inputs())
        .containsExactly("rsi:TSLA:500");
  }

  @Test
  void shouldRefuseAPeriodOutOfRange() {
    assertProblem(
        "WHEN ema(TSLA, 1) > 0 THEN BUY 1 TSLA",
        RuleParseException.Kind.BAD_PERIOD,
        "at 15: expected a number of one-minute bars from 2 to 500 but found '1'");
    assertProblem(
        "WHEN rsi(TSLA, 501) > 0 THEN BUY 1 TSLA",
        RuleParseException.Kind.BAD_PERIOD,
        "at 15: expected a number of one-minute bars from 2 to 500 but found '501'");
    assertProblem(
        "WHEN rsi(TSLA, 99999999999) > 0 THEN BUY 1 TSLA",
        RuleParseException.Kind.BAD_PERIOD,
        "at 15: expected a number of one-minute bars from 2 to 500 but found '99999999999'");
    assertProblem(
        "WHEN ema(TSLA, 12.5) > 0 THEN BUY 1 TSLA",
        RuleParseException.Kind.BAD_PERIOD,
        "at 15: expected a number of one-minute bars from 2 to 500 but found '12.5'");
  }

  @Test
  void shouldRefuseAWindowOrNoPeriod() {
    assertProblem(
        "WHEN ema(TSLA, 5m) > 0 THEN BUY 1 TSLA",
        RuleParseException.Kind.BAD_PERIOD,
        "at 15: ema() takes a number of one-minute bars, not a window, as in ema(TSLA, 14)");
    assertProblem(
        "WHEN rsi(TSLA) > 0 THEN BUY 1 TSLA",
        RuleParseException.Kind.SYNTAX,
        "at 13: expected ',' and a number of one-minute bars from 2 to 500 but found ')'");
    assertProblem(
        "WHEN rsi(\"tesla\", 14) > 0 THEN BUY 1 TSLA",
        RuleParseException.Kind.SYNTAX,
        "at 9: expected a ticker symbol such as TSLA but found 'tesla'");
  }

  @Test
  void shouldSayTheBarOfTheSource() {
    assertThat(RuleParser.parse("WHEN ema(AAPL, 20) > 0 THEN BUY 1 AAPL", null, DAILY).inputs())
        .containsExactly("ema:AAPL:20");
    assertThatThrownBy(() -> RuleParser.parse("WHEN ema(AAPL, 1) > 0 THEN BUY 1 AAPL", null, DAILY))
        .hasMessage("at 15: expected a number of one-day bars from 2 to 500 but found '1'");
  }

  @Test
  void shouldRefuseIndicatorsOnASourceWithoutBars() {
    assertThatThrownBy(
            () -> RuleParser.parse("WHEN rsi(AAPL, 14) < 30 THEN BUY 1 AAPL", null, NO_BARS))
        .isInstanceOf(RuleParseException.class)
        .hasMessage(
            "at 5: rsi() cannot be served from recorded history (it has no bars for indicators)");
  }

  @Test
  void shouldValidateIndicatorsBuiltInCode() {
    RuleDefinition rule =
        RuleValidatorTest.rule(
            Operand.Input.indicator(InputKind.EMA, "TSLA", 1000),
            Action.market(Action.Side.BUY, 1, "TSLA"));

    assertThat(RuleValidator.validate(rule, null))
        .containsExactly("expected a number of bars from 2 to 500 but found 1000");
    assertThat(RuleValidator.validate(rule, null, NO_BARS))
        .contains("ema() cannot be served from recorded history");
  }

  @Test
  void shouldNotBuildAnIndicatorWithoutAPeriod() {
    assertThatThrownBy(() -> new Operand.Input(InputKind.EMA, "TSLA", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ema needs period");
  }

  private static void assertProblem(String text, RuleParseException.Kind kind, String message) {
    assertThatThrownBy(() -> RuleParser.parse(text))
        .isInstanceOfSatisfying(RuleParseException.class, e -> assertThat(e.kind()).isEqualTo(kind))
        .hasMessage(message);
  }
}
