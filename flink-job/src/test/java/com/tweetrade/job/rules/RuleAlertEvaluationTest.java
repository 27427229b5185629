package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesFixtures.ALICE;
import static com.tweetrade.job.rules.RulesFixtures.T0;
import static com.tweetrade.job.rules.RulesFixtures.at;
import static com.tweetrade.job.rules.RulesFixtures.create;
import static com.tweetrade.job.rules.RulesFixtures.createOnTick;
import static com.tweetrade.job.rules.RulesFixtures.delete;
import static com.tweetrade.job.rules.RulesFixtures.input;
import static com.tweetrade.job.rules.RulesFixtures.pause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tweetrade.job.trading.Order;
import com.tweetrade.model.Alert;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * Alerts of NOTIFY rules: one per firing on the evaluator's side output, with the trade's id for
 * ALSO NOTIFY and a replayable id of their own for alert-only rules; triggers and timings as for
 * trades.
 */
class RuleAlertEvaluationTest extends EvaluatorHarnessTest {
  private static final String PRICE = "price:TSLA";

  private static List<Alert> alerts(KeyedBroadcastOperatorTestHarness<String, ?, ?, Order> h) {
    return RulesFixtures.sideOutput(h, RulesDescriptors.ALERTS);
  }

  private List<Alert> alerts() {
    return alerts(harness);
  }

  /** A quote tick of TSLA at {@code time}, as PriceInputsFunction emits it, for {@code ruleId}. */
  private void quoteTick(String ruleId, double price, long time) throws Exception {
    harness.processElement(
        new RuleInput(ruleId, time, Map.of(PRICE, price), false, quote(time), time), time);
  }

  private static String quote(long time) {
    return "quote:TSLA@" + time + "#0";
  }

  /** ON CLOSE: one price per pane (pane i at at(i)), the watermark past each. */
  private void closes(String ruleId, double... dollars) throws Exception {
    for (int i = 0; i < dollars.length; i++) {
      harness.processElement(input(ruleId, at(i + 1), PRICE, dollars[i]), at(i + 1) - 1);
      harness.processWatermark(at(i + 1));
    }
  }

  @Test
  void shouldRaiseAnAlertAndNoOrderForAnAlertOnlyRule() throws Exception {
    rule(createOnTick("r1", "WHEN price(TSLA) < 95 THEN NOTIFY \"TSLA under 95\""));
    quoteTick("r1", 99.0, T0 + 1_000);
    quoteTick("r1", 94.0, T0 + 2_000);

    assertThat(harness.extractOutputValues()).as("no order").isEmpty();
    assertThat(alerts())
        .containsExactly(
            new Alert(
                RuleAlerts.tickAlertId("r1", 1, quote(T0 + 2_000)),
                ALICE,
                "r1",
                "TSLA under 95",
                "",
                T0 + 2_000));
    assertThat(alerts().get(0).id())
        .as("not the id a trade of the same firing would have")
        .isNotEqualTo(RuleEvaluationFunction.tickTradeId("r1", 1, quote(T0 + 2_000)));
  }

  @Test
  void shouldCarryTheTradeIdWithAlsoNotify() throws Exception {
    rule(createOnTick("r1", "WHEN price(TSLA) < 95 THEN BUY 10 TSLA ALSO NOTIFY \"bought\""));
    quoteTick("r1", 94.0, T0 + 1_000);

    Trade trade = RuleEvaluationFunctionTest.trades(harness).get(0);
    assertThat(trade.id())
        .isEqualTo(RuleEvaluationFunction.tickTradeId("r1", 1, quote(T0 + 1_000)));
    assertThat(alerts())
        .containsExactly(new Alert(trade.id(), ALICE, "r1", "bought", trade.id(), T0 + 1_000));
  }

  @Test
  void shouldRaiseAlertsOnEachRisingEdgeOnClose() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN NOTIFY \"dip\""));
    closes("r1", 110, 90, 80, 120, 95);

    assertThat(alerts())
        .extracting(Alert::eventTime, Alert::id)
        .containsExactly(
            tuple(at(2), RuleAlerts.alertId("r1", at(2))),
            tuple(at(5), RuleAlerts.alertId("r1", at(5))));
    assertThat(harness.extractOutputValues()).isEmpty();
  }

  @Test
  void shouldRaiseOneAlertWithOnce() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN NOTIFY \"dip\" ONCE"));
    closes("r1", 110, 90, 120, 90, 80);

    assertThat(alerts()).extracting(Alert::eventTime).containsExactly(at(2));
  }

  @Test
  void shouldRaiseAtMostOneAlertPerPeriodWithEvery() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN BUY 1 TSLA ALSO NOTIFY \"dip\" EVERY 1m"));
    double[] always = new double[13];
    Arrays.fill(always, 90);
    closes("r1", always);

    assertThat(alerts()).extracting(Alert::eventTime).containsExactly(at(1), at(7), at(13));
    assertThat(alerts())
        .extracting(Alert::tradeId)
        .containsExactlyElementsOf(
            RuleEvaluationFunctionTest.trades(harness).stream().map(Trade::id).toList());
  }

  @Test
  void shouldRaiseNoAlertWhilePaused() throws Exception {
    String text = "WHEN price(TSLA) < 100 THEN NOTIFY \"dip\"";
    rule(create("r1", text));
    rule(pause("r1", text, 2));
    closes("r1", 110, 90);

    assertThat(alerts()).isEmpty();
  }

  @Test
  void shouldGiveTheSameAlertIdsOnAReplay() throws Exception {
    List<List<String>> runs =
        RuleEvaluationFunctionTest.twoRuns(
            "WHEN price(TSLA) < 95 THEN NOTIFY \"x\"",
            h -> alerts(h).stream().map(Alert::id).toList());
    assertThat(runs.get(0)).hasSize(2).doesNotHaveDuplicates();
    assertThat(runs.get(1)).isEqualTo(runs.get(0));
  }

  @Test
  void shouldNeedOnlyWhatTheConditionReadsWithoutATrade() {
    Rule alertOnly =
        Rule.fromEvent(createOnTick("r1", "WHEN price(AAPL) < 100 THEN NOTIFY \"x\""), null);
    Rule trading =
        Rule.fromEvent(
            createOnTick("r2", "WHEN price(AAPL) < 100 THEN BUY 1 TSLA ALSO NOTIFY \"x\""), null);

    assertThat(RuleBook.neededInputs(alertOnly)).containsExactly("price:AAPL");
    assertThat(RuleBook.subjects(alertOnly)).containsExactly("AAPL");
    assertThat(RuleBook.neededInputs(trading))
        .containsExactlyInAnyOrder("price:AAPL", "price:TSLA");
    assertThat(RuleBook.subjects(trading)).containsExactly("AAPL", "TSLA");
  }

  @Test
  void shouldClearAnAlertRulesStateOnDelete() throws Exception {
    rule(create("r1", "WHEN price(AAPL) < 100 THEN NOTIFY \"AAPL dip\""));
    harness.processElement(input("r1", at(1), "price:AAPL", 90.0, "price:TSLA", 50.0), at(1) - 1);
    harness.processWatermark(at(1));

    assertThat(alerts()).hasSize(1);
    assertThat(alerts().get(0).text()).isEqualTo("AAPL dip");
    RuleEvent deleted = delete("r1", 2);
    rule(deleted);
    assertThat(RuleEvaluationFunctionTest.stateEntries(harness)).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }
}
