package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tweetrade.model.Window;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleParseException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The windows of the language and the windows a source serves: the live job the minute windows, a
 * source of daily closes the day windows; any other window is refused naming the source.
 */
class RuleWindowsTest {
  private static final WindowSet DAILY =
      new WindowSet(
          "StockNet daily closes", List.of(Window.ONE_DAY, Window.FIVE_DAYS, Window.TWENTY_DAYS));
  private static final String BENCHMARK_RULE =
      "WHEN sentiment(\"$AAPL\", 1d) > 0.3 AND price(AAPL) > avg(AAPL, 5d) THEN BUY 10 AAPL";

  @Test
  void shouldCompileDayWindowsForASourceOfDailyCloses() {
    RuleDefinition rule = RuleLanguage.compile(BENCHMARK_RULE, null, DAILY);

    assertThat(rule.inputs()).containsExactly("sentiment:$AAPL:1d", "price:AAPL", "avg:AAPL:5d");
    assertThat(rule.toText())
        .isEqualTo(
            "WHEN sentiment($AAPL, 1d) > 0.3 AND price(AAPL) > avg(AAPL, 5d) THEN BUY 10 AAPL");
    assertThat(RuleLanguage.compile("WHEN change(AAPL, 20D) < -5% THEN BUY 1 AAPL", null, DAILY))
        .extracting(RuleDefinition::toText)
        .isEqualTo("WHEN change(AAPL, 20d) < -5% THEN BUY 1 AAPL");
  }

  @Test
  void shouldRefuseOnLiveDataAWindowTheLiveJobDoesNotCompute() {
    assertError(
        "WHEN sentiment(\"tesla\", 20d) > 0.4 THEN BUY 10 TSLA",
        WindowSet.LIVE,
        24,
        "at 24: window 20d cannot be served from live data (windows: 1m, 5m, 15m, 1h)");
    assertError(
        "WHEN avg(TSLA, 1d) > 1 THEN BUY 1 TSLA",
        WindowSet.LIVE,
        15,
        "at 15: window 1d cannot be served from live data (windows: 1m, 5m, 15m, 1h)");
  }

  @Test
  void shouldServeTheHourOnLiveData() {
    assertThat(
            RuleLanguage.compile(
                    "WHEN avg(TSLA, 1H) > 1 AND volume(\"tesla\", 1h) > 10 THEN BUY 1 TSLA")
                .inputs())
        .containsExactly("avg:TSLA:1h", "volume:tesla:1h");
  }

  @Test
  void shouldRefuseOnDailyClosesAWindowShorterThanADay() {
    assertError(
        "WHEN avg(AAPL, 1m) > 1 THEN BUY 1 AAPL",
        DAILY,
        15,
        "at 15: window 1m cannot be served from StockNet daily closes (windows: 1d, 5d, 20d)");
    assertError(
        "WHEN volume(\"apple\", 1h) > 1 THEN BUY 1 AAPL",
        DAILY,
        21,
        "at 21: window 1h cannot be served from StockNet daily closes (windows: 1d, 5d, 20d)");
  }

  @Test
  void shouldListTheSourcesWindowsForAWindowOutsideTheLanguage() {
    assertError(
        "WHEN avg(AAPL, 7d) > 1 THEN BUY 1 AAPL",
        DAILY,
        15,
        "at 15: expected a window (1d, 5d, 20d) but found '7d'");
  }

  @Test
  void shouldKeepTheLiveWindowsWhereNoSourceIsNamed() {
    String text = "WHEN avg(TSLA, 5d) > 1 THEN BUY 1 TSLA";
    String message = "at 15: window 5d cannot be served from live data (windows: 1m, 5m, 15m, 1h)";

    assertThat(RuleLanguage.check(text, null)).hasValueSatisfying(e -> message(e, message));
    assertThat(catchThrowableOfType(RuleParseException.class, () -> RuleLanguage.compile(text)))
        .satisfies(e -> message(e, message));
    RuleEvent event = RuleEvent.create("r1", "alice", text, 1L);
    assertThat(catchThrowableOfType(RuleParseException.class, () -> Rule.fromEvent(event, null)))
        .satisfies(e -> message(e, message));
    assertThat(Rule.fromEvent(event, null, DAILY).inputs()).containsExactly("avg:TSLA:5d");
  }

  @Test
  void shouldValidateTheWindowsOfARuleBuiltInCode() {
    RuleDefinition rule =
        RuleValidatorTest.rule(
            new Operand.Input(InputKind.AVG, "AAPL", Window.ONE_DAY),
            Action.market(Action.Side.BUY, 1, "AAPL"));

    assertThat(RuleValidator.validate(rule, null))
        .containsExactly("window 1d cannot be served from live data (windows: 1m, 5m, 15m, 1h)");
    assertThat(RuleValidator.validate(rule, null, DAILY)).isEmpty();
  }

  private static void assertError(String text, WindowSet windows, int offset, String message) {
    RuleParseException e =
        catchThrowableOfType(
            RuleParseException.class, () -> RuleLanguage.compile(text, null, windows));
    assertThat(e).as("no error for %s", text).isNotNull();
    message(e, message);
    assertThat(e.offset()).isEqualTo(offset);
  }

  private static void message(RuleParseException e, String message) {
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_WINDOW);
  }
}
