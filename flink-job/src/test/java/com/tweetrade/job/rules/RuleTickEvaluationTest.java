package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesFixtures.ONE_MINUTE;
import static com.tweetrade.job.rules.RulesFixtures.T0;
import static com.tweetrade.job.rules.RulesFixtures.create;
import static com.tweetrade.job.rules.RulesFixtures.createOnTick;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ON TICK evaluation: decided on arrival, on fresh inputs; and ON CLOSE rules beside them. */
class RuleTickEvaluationTest extends EvaluatorHarnessTest {
  /**
   * A quote tick of {@code ticker} at {@code time}, as PriceInputsFunction emits it, for rule
   * {@code ruleId}.
   */
  private void quoteTick(String ruleId, String ticker, double price, long time) throws Exception {
    Map<String, Double> values = new HashMap<>();
    values.put("price:" + ticker, price);
    values.put("avg:" + ticker + ":1m", 100.0);
    harness.processElement(
        new RuleInput(ruleId, time, values, false, "quote:" + ticker + "@" + time + "#0", time),
        time);
  }

  /** A mention tick of {@code keyword} at {@code time} with the window's mean sentiment. */
  private void mentionTick(String ruleId, String keyword, long tweetId, double sentiment, long time)
      throws Exception {
    Map<String, Double> values = new HashMap<>();
    for (String w : List.of("1m", "5m", "15m")) {
      values.put("sentiment:" + keyword + ":" + w, sentiment);
      values.put("volume:" + keyword + ":" + w, 1.0);
    }
    harness.processElement(
        new RuleInput(ruleId, time, values, false, "tweet:" + tweetId, time), time);
  }

  private List<Trade> trades() {
    return RuleEvaluationFunctionTest.trades(harness);
  }

  @Test
  void shouldFireOnTheTickThatMakesTheConditionTrueWithoutAWatermark() throws Exception {
    rule(createOnTick("r1", "WHEN price(TSLA) < 95 THEN BUY 10 TSLA"));
    quoteTick("r1", "TSLA", 99.0, T0 + 1_000);
    quoteTick("r1", "TSLA", 94.0, T0 + 2_000);

    assertThat(trades())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.eventTime()).isEqualTo(T0 + 2_000);
              assertThat(t.priceCents()).isEqualTo(9400);
              assertThat(t.trigger()).isEqualTo("quote:TSLA@" + (T0 + 2_000) + "#0");
              assertThat(t.id())
                  .isEqualTo(RuleEvaluationFunction.tickTradeId("r1", 1, t.trigger()));
            });
    assertThat(harness.extractOutputValues().get(0))
        .satisfies(
            o -> {
              assertThat(o.closed()).isFalse();
              assertThat(o.priceTime()).isEqualTo(T0 + 2_000);
            });
  }

  @Test
  void shouldGiveTheSameTradesForTheSameTicks() throws Exception {
    List<String> first = runTwice();
    assertThat(first).hasSize(2);
  }

  private List<String> runTwice() throws Exception {
    List<List<String>> runs =
        RuleEvaluationFunctionTest.twoRuns(
            "WHEN price(TSLA) < 95 THEN BUY 10 TSLA",
            h -> RuleEvaluationFunctionTest.trades(h).stream().map(Trade::id).toList());
    assertThat(runs.get(1)).isEqualTo(runs.get(0));
    return runs.get(0);
  }

  @Test
  void shouldStopFiringOnSentimentOnceTheKeywordWentQuiet() throws Exception {
    // The report of issue 14: ten very positive $ZBRA posts within 20 s, then only quotes.
    rule(createOnTick("r1", "WHEN sentiment(\"$zbra\", 1m) > 0.5 THEN BUY 5 ZBRA EVERY 1m"));
    for (int i = 0; i < 10; i++) mentionTick("r1", "$ZBRA", i, 0.9, T0 + 2_000L * i);
    for (long t = T0 + 20_000; t < T0 + 15 * ONE_MINUTE; t += 1_000)
      quoteTick("r1", "ZBRA", 50.0, t);

    // Fires at the first post, and once more a minute later while the posts are still in the
    // window.
    assertThat(trades()).extracting(Trade::eventTime).containsExactly(T0, T0 + ONE_MINUTE);
  }

  @Test
  void shouldNotTradeOnAPriceOlderThanTheStalenessBound() throws Exception {
    rule(
        createOnTick(
            "r1", "WHEN price(TSLA) < 95 OR sentiment(\"tesla\", 5m) > 0.5 THEN BUY 1 TSLA"));
    quoteTick("r1", "TSLA", 99.0, T0);
    mentionTick("r1", "tesla", 1, 0.9, T0 + 2 * ONE_MINUTE);

    assertThat(trades())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.priceCents())
                  .as("no fresh TSLA price: the market step prices it")
                  .isZero();
              assertThat(t.explanation())
                  .containsKey("sentiment:tesla:5m")
                  .doesNotContainKey("price:TSLA");
            });
  }

  @Test
  void shouldNotLetAnOlderUpdateReplaceANewerValue() throws Exception {
    rule(createOnTick("r1", "WHEN price(TSLA) < 95 THEN BUY 10 TSLA"));
    quoteTick("r1", "TSLA", 99.0, T0 + 5_000);
    quoteTick("r1", "TSLA", 90.0, T0 + 4_000);

    assertThat(trades()).isEmpty();
  }

  @Test
  void shouldIgnoreTicksForAnOnCloseRuleAndDecideAtTheWatermark() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 95 THEN BUY 10 TSLA"));
    quoteTick("r1", "TSLA", 90.0, T0 + 1_000);
    assertThat(trades()).isEmpty();

    harness.processElement(
        RulesFixtures.input("r1", T0 + 10_000, "price:TSLA", 90.0), T0 + 10_000 - 1);
    assertThat(trades()).isEmpty();
    harness.processWatermark(T0 + 10_000);
    assertThat(trades())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.eventTime()).isEqualTo(T0 + 10_000);
              assertThat(t.id()).isEqualTo(RuleEvaluationFunction.tradeId("r1", T0 + 10_000));
            });
    assertThat(harness.extractOutputValues().get(0).closed()).isTrue();
  }

  @Test
  void shouldKeepTheTriggerWhenOnlyTheTimingChanges() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 95 THEN BUY 10 TSLA"));
    harness.processElement(
        RulesFixtures.input("r1", T0 + 10_000, "price:TSLA", 90.0), T0 + 10_000 - 1);
    harness.processWatermark(T0 + 10_000);
    assertThat(trades()).hasSize(1);

    rule(
        RuleEvent.update(
            "r1", RulesFixtures.ALICE, "WHEN price(TSLA) < 95 THEN BUY 10 TSLA", false, 2, T0));
    quoteTick("r1", "TSLA", 89.0, T0 + 11_000);

    assertThat(trades()).as("still true: no new rising edge").hasSize(1);
  }
}
