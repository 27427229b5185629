package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.model.rules.RuleParseException.Kind;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Alerts in the language: {@code THEN NOTIFY "text"} and {@code ... ALSO NOTIFY "text"}. */
class NotifyRuleTest {
  private static final Set<String> KNOWN = Set.of("TSLA", "AAPL");

  /** 26 characters: the THEN part starts at offset 26. */
  private static final String OK_WHEN = "WHEN price(TSLA) > 1 THEN ";

  @Test
  void shouldParseAnAlertOnlyRuleWithoutAction() {
    RuleDefinition rule = RuleParser.parse(OK_WHEN + "NOTIFY \"TSLA above $1\"", KNOWN::contains);

    assertThat(rule.action()).isNull();
    assertThat(rule.trades()).isFalse();
    assertThat(rule.notifies()).isTrue();
    assertThat(rule.notifyText()).isEqualTo("TSLA above $1");
    assertThat(rule.trigger()).isEqualTo(Trigger.RISING_EDGE);
    assertThat(rule.tradedTicker()).isNull();
    assertThat(rule.tickers()).containsExactly("TSLA");
  }

  @Test
  void shouldParseATradeFollowedByAnAlert() {
    RuleDefinition rule =
        RuleParser.parse(
            OK_WHEN + "sell 5 AAPL at limit 180.50 also notify \"sold AAPL\" once on close",
            KNOWN::contains);

    assertThat(rule.action()).isEqualTo(Action.limit(Action.Side.SELL, 5, "AAPL", 18_050));
    assertThat(rule.notifyText()).isEqualTo("sold AAPL");
    assertThat(rule.trigger()).isEqualTo(Trigger.once().withTiming(Timing.CLOSE));
    assertThat(rule.toText())
        .isEqualTo(OK_WHEN + "SELL 5 AAPL AT LIMIT 180.5 ALSO NOTIFY \"sold AAPL\" ONCE ON CLOSE");
  }

  @Test
  void shouldKeepTheTextAsWritten() {
    RuleDefinition rule = RuleParser.parse(OK_WHEN + "NOTIFY \"  Tesla  UP, buy? \" EVERY 5m");

    assertThat(rule.notifyText()).isEqualTo("  Tesla  UP, buy? ");
    assertThat(rule.trigger()).isEqualTo(Trigger.every(5));
  }

  @Test
  void shouldReadTheWordsOfAlertsAsTickersWhereATickerGoes() {
    RuleDefinition rule = RuleParser.parse(OK_WHEN + "BUY 1 ALSO ALSO NOTIFY \"x\"");

    assertThat(rule.action().ticker()).isEqualTo("ALSO");
    assertThat(rule.notifyText()).isEqualTo("x");
  }

  @Test
  void shouldNotCheckATradedTickerForAnAlertOnlyRule() {
    assertThat(RuleLanguage.check(OK_WHEN + "NOTIFY \"x\"", KNOWN::contains)).isEmpty();
    assertThat(RuleLanguage.check("WHEN price(MSFT) > 1 THEN NOTIFY \"x\"", KNOWN::contains))
        .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_TICKER));
    assertThat(RuleLanguage.check(OK_WHEN + "BUY 1 MSFT ALSO NOTIFY \"x\"", KNOWN::contains))
        .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_TICKER));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        OK_WHEN + "NOTIFY \"TSLA above 1\"",
        OK_WHEN + "notify \"x\" once",
        OK_WHEN + "NOTIFY \"x\" EVERY 10m ON CLOSE",
        OK_WHEN + "NOTIFY \"x\" ON TICK",
        OK_WHEN + "BUY 10 TSLA ALSO NOTIFY \"bought\"",
        OK_WHEN + "BUY 10 TSLA AT LIMIT 250.50 ALSO NOTIFY \"ONCE, ON CLOSE\" EVERY 2m ON CLOSE",
        "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN NOTIFY \"🚀 Tesla is loved\"",
      })
  void shouldRoundTrip(String text) {
    RuleRoundTripTest.assertRoundTrips(text);
  }

  /** The examples of docs/rules.md, with their canonical text. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "when price(TSLA) < 200 then notify \"TSLA is under $200\"  once"
            + "|WHEN price(TSLA) < 200 THEN NOTIFY \"TSLA is under $200\" ONCE",
        "WHEN sentiment($NVDA, 5m) > 0.5 THEN BUY 2 NVDA AT LIMIT 120.50 ALSO NOTIFY \"NVDA loved,"
            + " bought 2\" EVERY 60m ON CLOSE|WHEN sentiment($NVDA, 5m) > 0.5 THEN BUY 2 NVDA AT"
            + " LIMIT 120.5 ALSO NOTIFY \"NVDA loved, bought 2\" EVERY 60m ON CLOSE",
        "WHEN change(TSLA, 15m) < -2% THEN BUY 10 TSLA ALSO NOTIFY \"bought the TSLA dip\""
            + "|WHEN change(TSLA, 15m) < -2% THEN BUY 10 TSLA ALSO NOTIFY \"bought the TSLA dip\""
      })
  void shouldPrintTheDocumentedExamplesCanonically(String written, String canonical) {
    assertThat(RuleLanguage.compile(written).toText()).isEqualTo(canonical);
  }

  @Test
  void shouldKeepTheAlertThroughTimingAndRule() {
    RuleDefinition definition = RuleParser.parse(OK_WHEN + "NOTIFY \"x\"");
    Rule rule = Rule.of("r1", "alice", definition.withTiming(Timing.CLOSE), false, 1, 3);

    assertThat(rule.notifyText()).isEqualTo("x");
    assertThat(rule.trades()).isFalse();
    assertThat(rule.toText()).isEqualTo(OK_WHEN + "NOTIFY \"x\" ON CLOSE");
    assertThat(rule.withPaused(true, 2).definition()).isEqualTo(rule.definition());
  }

  @Test
  void shouldCompileAnAlertRuleFromItsEvent() {
    Rule rule =
        Rule.fromEvent(
            RuleEvent.create("r1", "alice", OK_WHEN + "BUY 1 TSLA ALSO NOTIFY \"y\"", 1L),
            KNOWN::contains);

    assertThat(rule.action().ticker()).isEqualTo("TSLA");
    assertThat(rule.notifyText()).isEqualTo("y");
  }

  @Test
  void shouldRefuseARuleThatNeitherTradesNorAlerts() {
    Condition condition = RuleParser.parse(OK_WHEN + "BUY 1 TSLA").condition();

    assertThatThrownBy(() -> new RuleDefinition(condition, null, Trigger.RISING_EDGE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOTIFY");
  }

  @Test
  void shouldValidateTheTextOfAlertsBuiltInCode() {
    Condition condition = RuleParser.parse(OK_WHEN + "BUY 1 TSLA").condition();

    assertThat(
            RuleValidator.validate(
                RuleDefinition.alertOnly(condition, "fine", Trigger.RISING_EDGE), KNOWN::contains))
        .isEmpty();
    assertThat(
            RuleValidator.validate(
                RuleDefinition.alertOnly(condition, "say \"hi\"", Trigger.RISING_EDGE), null))
        .containsExactly(
            "expected an alert text without '\"' or control characters but found 'say \"hi\"'");
    assertThat(
            RuleValidator.validate(
                RuleDefinition.alertOnly(
                    condition,
                    "x".repeat(RuleValidator.MAX_NOTIFY_LENGTH + 1),
                    Trigger.RISING_EDGE),
                null))
        .singleElement()
        .asString()
        .startsWith("expected an alert text of at most 200 characters");
  }

  static Stream<Arguments> errors() {
    String tooLong = "x".repeat(RuleValidator.MAX_NOTIFY_LENGTH + 1);
    return Stream.of(
        // text, offset, kind, message
        error(
            OK_WHEN + "NOTIFY",
            32,
            Kind.SYNTAX,
            "at 32: expected the alert's text in double quotes, such as \"TSLA is down 2%\" but"
                + " found end of rule"),
        error(
            OK_WHEN + "NOTIFY tesla",
            33,
            Kind.SYNTAX,
            "at 33: expected the alert's text in double quotes, such as \"TSLA is down 2%\" but"
                + " found 'tesla'"),
        error(
            OK_WHEN + "NOTIFY \"\"",
            33,
            Kind.BAD_TEXT,
            "at 33: expected an alert text that is not empty but found '\"\"'"),
        error(
            OK_WHEN + "NOTIFY \"   \"",
            33,
            Kind.BAD_TEXT,
            "at 33: expected an alert text that is not empty but found '\"   \"'"),
        error(
            OK_WHEN + "NOTIFY \"" + tooLong + "\"",
            33,
            Kind.BAD_TEXT,
            "at 33: expected an alert text of at most 200 characters but found '\""
                + "x".repeat(27)
                + "...\"'"),
        error(
            OK_WHEN + "NOTIFY \"a\tb\"",
            33,
            Kind.BAD_TEXT,
            "at 33: expected an alert text without '\"' or control characters but found"
                + " '\"a\tb\"'"),
        error(
            OK_WHEN + "NOTIFY \"oops",
            33,
            Kind.SYNTAX,
            "at 33: this text in quotes is not closed: expected '\"' before end of rule"),
        error(
            OK_WHEN + "NOTIFY \"x\" ALSO NOTIFY \"y\"",
            37,
            Kind.SYNTAX,
            "at 37: a rule raises one alert: one NOTIFY text"),
        error(
            OK_WHEN + "NOTIFY \"x\" BUY 1 TSLA",
            37,
            Kind.SYNTAX,
            "at 37: the trade comes first and its alert after it, as in BUY 1 TSLA ALSO NOTIFY"
                + " \"bought TSLA\""),
        error(
            OK_WHEN + "NOTIFY \"x\" AT LIMIT 5",
            37,
            Kind.SYNTAX,
            "at 37: expected ONCE, EVERY, ON TICK, ON CLOSE or end of rule but found 'AT'"),
        error(
            OK_WHEN + "BUY 1 TSLA NOTIFY \"x\"",
            37,
            Kind.SYNTAX,
            "at 37: an alert after a trade is written ALSO NOTIFY, as in BUY 1 TSLA ALSO NOTIFY"
                + " \"bought TSLA\""),
        error(
            OK_WHEN + "BUY 1 TSLA ALSO \"x\"",
            42,
            Kind.SYNTAX,
            "at 42: expected NOTIFY after ALSO but found '\"x\"'"),
        error(
            OK_WHEN + "BUY 1 TSLA ALSO NOTIFY \"x\" ALSO NOTIFY \"y\"",
            53,
            Kind.SYNTAX,
            "at 53: a rule raises one alert: one NOTIFY text"),
        error(
            OK_WHEN + "BUY 1 TSLA ONCE ALSO NOTIFY \"x\"",
            42,
            Kind.SYNTAX,
            "at 42: ALSO NOTIFY goes right after the action, before ONCE, EVERY, ON TICK or ON"
                + " CLOSE, as in BUY 1 TSLA ALSO NOTIFY \"bought TSLA\" ONCE"),
        error(
            OK_WHEN + "BUY 1 TSLA ALSO NOTIFY \"x\" AT LIMIT 5",
            53,
            Kind.SYNTAX,
            "at 53: AT LIMIT belongs to the action, before ALSO NOTIFY, as in BUY 1 TSLA AT LIMIT"
                + " 250 ALSO NOTIFY \"bought TSLA\""),
        error(
            OK_WHEN + "BUY 1 TSLA ALSO NOTIFY \"x\" ON CLOSE AT LIMIT 5",
            62,
            Kind.SYNTAX,
            "at 62: expected end of rule but found 'AT'"),
        error(
            OK_WHEN + "BUY 1 TSLA ALSO NOTIFY \"x\" NOW",
            53,
            Kind.SYNTAX,
            "at 53: expected ONCE, EVERY, ON TICK, ON CLOSE or end of rule but found 'NOW'"),
        error(
            OK_WHEN + "BUY 1 TSLA ON CLOSE ALSO NOTIFY \"x\"",
            46,
            Kind.SYNTAX,
            "at 46: ALSO NOTIFY goes right after the action, before ONCE, EVERY, ON TICK or ON"
                + " CLOSE, as in BUY 1 TSLA ALSO NOTIFY \"bought TSLA\" ONCE"));
  }

  private static Arguments error(String text, int offset, Kind kind, String message) {
    return Arguments.of(text, offset, kind, message);
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("errors")
  void shouldReportWhatIsWrongWithAnAlert(String text, int offset, Kind kind, String message) {
    RuleParseErrorTest.assertParseError(text, KNOWN, offset, kind, message);
  }
}
