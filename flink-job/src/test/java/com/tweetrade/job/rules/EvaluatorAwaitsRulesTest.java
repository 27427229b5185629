package com.tweetrade.job.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.trading.Order;
import com.tweetrade.job.trading.TradingTypes;
import com.tweetrade.model.Trade;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The evaluator waits for the rules of job start ({@link AwaitRulesKeyedOperator}): an update the
 * router let through can reach it before the rule it is for, on another channel.
 */
class EvaluatorAwaitsRulesTest {
  private static final RuleEvent DIP =
      RulesFixtures.createOnTick("dip", "WHEN price(TSLA) < 190 THEN BUY 1 TSLA");

  @Test
  void shouldDropAnUpdateThatOvertakesItsRuleWithoutTheWait() throws Exception {
    try (var h =
        open(
            new CoBroadcastWithKeyedOperator<>(evaluator(), List.of(RulesDescriptors.RULES)),
            null)) {
      tick(h, 180.0, 1_000);
      h.processBroadcastElement(DIP, Long.MAX_VALUE);
      assertThat(RuleEvaluationFunctionTest.trades(h)).as("the race the wait removes").isEmpty();
    }
  }

  @Test
  void shouldHoldUpdatesUntilTheMarkerThenDecideThemInArrivalOrder() throws Exception {
    try (var h = open(awaiting(), null)) {
      tick(h, 200.0, 1_000);
      tick(h, 180.0, 2_000);
      h.processBroadcastElement(DIP, Long.MAX_VALUE);
      assertThat(RuleEvaluationFunctionTest.trades(h)).isEmpty();
      assertThat(operator(h).heldKeys()).isEqualTo(1);

      h.processBroadcastElement(RulesCatchUp.MARKER, Long.MAX_VALUE);
      assertThat(RuleEvaluationFunctionTest.trades(h))
          .singleElement()
          .extracting(Trade::eventTime, Trade::trigger)
          .containsExactly(2_000L, "quote:TSLA@2000#0");
      assertThat(operator(h).heldKeys()).isZero();

      tick(h, 200.0, 3_000);
      tick(h, 170.0, 4_000);
      assertThat(RuleEvaluationFunctionTest.trades(h)).as("after the marker: at once").hasSize(2);
    }
  }

  @Test
  void shouldKeepHeldUpdatesAcrossARestoreAndNotWaitAgainOnceCaughtUp() throws Exception {
    OperatorSubtaskState held;
    try (var h = open(awaiting(), null)) {
      tick(h, 180.0, 1_000);
      h.processBroadcastElement(DIP, Long.MAX_VALUE);
      held = h.snapshot(1, 1);
    }
    OperatorSubtaskState caughtUp;
    try (var h = open(awaiting(), held)) {
      assertThat(operator(h).heldKeys()).isEqualTo(1);
      h.processBroadcastElement(RulesCatchUp.MARKER, Long.MAX_VALUE);
      assertThat(RuleEvaluationFunctionTest.trades(h))
          .singleElement()
          .extracting(Trade::eventTime)
          .isEqualTo(1_000L);
      caughtUp = h.snapshot(2, 2);
    }
    try (var h = open(awaiting(), caughtUp)) {
      tick(h, 200.0, 2_000);
      tick(h, 180.0, 3_000);
      assertThat(RuleEvaluationFunctionTest.trades(h))
          .as("no second wait")
          .singleElement()
          .extracting(Trade::eventTime)
          .isEqualTo(3_000L);
    }
  }

  private static RuleEvaluationFunction evaluator() {
    return new RuleEvaluationFunction(null, WindowSet.LIVE, RulesFixtures.FRESHNESS);
  }

  private static AwaitRulesKeyedOperator<String, RuleInput, Order> awaiting() {
    return new AwaitRulesKeyedOperator<>(
        evaluator(),
        List.of(RulesDescriptors.RULES),
        RulesTypes.RULE_INPUT,
        RulesStart.AFTER_CATCH_UP);
  }

  @SuppressWarnings("unchecked")
  private static AwaitRulesKeyedOperator<String, RuleInput, Order> operator(
      KeyedBroadcastOperatorTestHarness<String, RuleInput, RuleEvent, Order> h) {
    return (AwaitRulesKeyedOperator<String, RuleInput, Order>) h.getOperator();
  }

  private static KeyedBroadcastOperatorTestHarness<String, RuleInput, RuleEvent, Order> open(
      CoBroadcastWithKeyedOperator<String, RuleInput, RuleEvent, Order> operator,
      OperatorSubtaskState state)
      throws Exception {
    var h =
        new KeyedBroadcastOperatorTestHarness<>(operator, RuleInput::ruleId, Types.STRING, 1, 1, 0);
    RulesFixtures.noKryo(h);
    h.setup(RulesFixtures.serializer(TradingTypes.ORDER));
    h.initializeState(state);
    h.open();
    h.processBroadcastWatermark(Long.MAX_VALUE);
    return h;
  }

  private static void tick(
      KeyedBroadcastOperatorTestHarness<String, RuleInput, RuleEvent, Order> h,
      double price,
      long time)
      throws Exception {
    h.processElement(
        new RuleInput(
            "dip", time, Map.of("price:TSLA", price), false, "quote:TSLA@" + time + "#0", time),
        time);
  }
}
