package com.tweetrade.job.rules;

import com.tweetrade.job.trading.Order;
import com.tweetrade.model.rules.RuleEvent;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests of the rule evaluator on an operator harness ({@link
 * RuleEvaluationFunctionTest#newHarness()}), a fresh one per test.
 */
abstract class EvaluatorHarnessTest {
  KeyedBroadcastOperatorTestHarness<String, RuleInput, RuleEvent, Order> harness;

  @BeforeEach
  void openHarness() throws Exception {
    harness = RuleEvaluationFunctionTest.newHarness();
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  /** A rule event on the broadcast input, which never holds back event time. */
  void rule(RuleEvent event) throws Exception {
    harness.processBroadcastElement(event, Long.MAX_VALUE);
  }
}
