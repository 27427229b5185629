package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesFixtures.T0;
import static com.tweetrade.job.rules.RulesFixtures.at;
import static com.tweetrade.job.rules.RulesFixtures.create;
import static com.tweetrade.job.rules.RulesFixtures.createOnTick;
import static com.tweetrade.job.rules.RulesFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * {@code CROSSES ABOVE} / {@code CROSSES BELOW} in the evaluator: true when the sides changed order
 * since the rule's previous evaluation with both sides known, never at the first, remembered
 * through a snapshot.
 */
class RuleCrossingTest extends EvaluatorHarnessTest {
  private static final String GOLDEN_CROSS =
      "WHEN ema(TSLA, 12) CROSSES ABOVE ema(TSLA, 26) THEN BUY 1 TSLA";

  /** A tick of TSLA's price inputs at {@code T0 + seconds}; NaN for a side without a value. */
  private void emas(
      KeyedBroadcastOperatorTestHarness<String, RuleInput, RuleEvent, ?> h,
      int seconds,
      double fast,
      double slow)
      throws Exception {
    long t = T0 + 1_000L * seconds;
    Map<String, Double> values = new HashMap<>();
    values.put("ema:TSLA:12", fast);
    values.put("ema:TSLA:26", slow);
    values.put("price:TSLA", 100.0);
    h.processElement(new RuleInput("r1", t, values, false, "quote:TSLA@" + t + "#0", t), t);
  }

  private void emas(int seconds, double fast, double slow) throws Exception {
    emas(harness, seconds, fast, slow);
  }

  private static List<Long> tradeSeconds(
      KeyedBroadcastOperatorTestHarness<String, ?, ?, com.tweetrade.job.trading.Order> h) {
    return RuleEvaluationFunctionTest.trades(h).stream()
        .map(Trade::eventTime)
        .map(t -> (t - T0) / 1_000)
        .toList();
  }

  @Test
  void shouldFireWhenTheFastEmaCrossesAboveTheSlowOneNotOnTheFirstEvaluation() throws Exception {
    rule(createOnTick("r1", GOLDEN_CROSS));
    emas(1, 101, 100); // above already: the first evaluation never crosses
    emas(2, 99, 100);
    emas(3, 101, 100); // crosses
    emas(4, 102, 100); // stays above
    emas(5, 100, 100); // at: not above
    emas(6, 101, 100); // crosses again from "at"

    assertThat(tradeSeconds(harness)).containsExactly(3L, 6L);
    assertThat(RuleEvaluationFunctionTest.trades(harness).get(0).explanation())
        .containsOnlyKeys("ema:TSLA:12", "ema:TSLA:26");
  }

  @Test
  void shouldCompareWithThePreviousEvaluationWhereBothSidesWereKnown() throws Exception {
    rule(createOnTick("r1", GOLDEN_CROSS));
    emas(1, 99, 100);
    emas(2, 101, Double.NaN); // unknown: not remembered, does not fire
    emas(3, 101, 100); // against second 1: crosses

    assertThat(tradeSeconds(harness)).containsExactly(3L);
  }

  @Test
  void shouldCrossBelowWithArithmeticOnBothSides() throws Exception {
    rule(
        createOnTick(
            "r1",
            "WHEN ema(TSLA, 12) - ema(TSLA, 26) CROSSES BELOW -(ema(TSLA, 26) / 100) THEN SELL 1"
                + " TSLA"));
    emas(1, 100, 100); // 0 vs -1
    emas(2, 99, 100); // -1 vs -1: at, not below
    emas(3, 98.5, 100); // -1.5 vs -1: crosses below from "at"
    emas(4, 98, 100); // stays below
    emas(5, 100, 100);
    emas(6, 97, 100); // crosses below again

    assertThat(tradeSeconds(harness)).containsExactly(3L, 6L);
  }

  @Test
  void shouldRememberTheSidesThroughASnapshotAndRestore() throws Exception {
    rule(createOnTick("r1", GOLDEN_CROSS));
    emas(1, 99, 100);
    var snapshot = harness.snapshot(1, T0 + 1_000);
    try (var restored = RuleEvaluationFunctionTest.newHarness(snapshot)) {
      emas(restored, 2, 101, 100);

      assertThat(tradeSeconds(restored))
          .as("below before the snapshot, above after")
          .containsExactly(2L);
    }
  }

  @Test
  void shouldStartAfreshWhenTheRuleIsEdited() throws Exception {
    rule(createOnTick("r1", GOLDEN_CROSS));
    emas(1, 99, 100);
    rule(
        RuleEvent.update(
            "r1",
            RulesFixtures.ALICE,
            "WHEN ema(TSLA, 12) CROSSES ABOVE ema(TSLA, 26) THEN BUY 2 TSLA",
            false,
            2,
            T0));
    emas(2, 101, 100); // the first evaluation of the new definition

    assertThat(tradeSeconds(harness)).isEmpty();
  }

  @Test
  void shouldCrossOnClosedPanesToo() throws Exception {
    rule(create("r1", "WHEN price(TSLA) CROSSES ABOVE avg(TSLA, 1m) THEN BUY 1 TSLA"));
    double[] prices = {99, 101, 102, 98, 103};
    for (int i = 1; i <= prices.length; i++) {
      RuleInput in = input("r1", at(i), "price:TSLA", prices[i - 1], "avg:TSLA:1m", 100.0);
      harness.processElement(in, in.eventTime() - 1);
      harness.processWatermark(at(i));
    }

    assertThat(RuleEvaluationFunctionTest.trades(harness))
        .extracting(Trade::eventTime)
        .containsExactly(at(2), at(5));
  }
}
