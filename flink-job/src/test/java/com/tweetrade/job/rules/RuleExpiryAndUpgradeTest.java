package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesFixtures.T0;
import static com.tweetrade.job.rules.RulesFixtures.at;
import static com.tweetrade.job.rules.RulesFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import org.junit.jupiter.api.Test;

/**
 * Schema 2 in the evaluator: a rule stops firing at its {@code expiresAt}, and a rule republished
 * as schema 2 with the same text (what {@code migrate apply rules-v1-to-v2} sends) keeps its
 * trigger.
 */
class RuleExpiryAndUpgradeTest extends EvaluatorHarnessTest {
  private static final String ONCE = "WHEN price(TSLA) > 1 THEN BUY 1 TSLA ONCE";
  private static final String EVERY = "WHEN price(TSLA) > 1 THEN BUY 1 TSLA EVERY 1m";

  private int firesAfterPanes(int from, int to) throws Exception {
    int before = RuleEvaluationFunctionTest.trades(harness).size();
    for (int pane = from; pane <= to; pane++) {
      harness.processElement(input("r1", at(pane), "price:TSLA", 200.0), at(pane) - 1);
      harness.processWatermark(at(pane));
    }
    return RuleEvaluationFunctionTest.trades(harness).size() - before;
  }

  @Test
  void shouldNotFireAtOrAfterTheExpiry() throws Exception {
    // EVERY 1m over 10 s panes: fires at pane 0 and 6, but the rule expires at pane 6.
    harness.processBroadcastElement(
        RuleEvent.create("r1", "alice", EVERY, T0).withExpiresAt(at(6)), Long.MAX_VALUE);

    assertThat(firesAfterPanes(0, 12)).isEqualTo(1);
    assertThat(RuleEvaluationFunctionTest.trades(harness))
        .extracting(Trade::eventTime)
        .containsExactly(at(0));
  }

  @Test
  void shouldFireForeverWhenGoodTillCancelled() throws Exception {
    harness.processBroadcastElement(RuleEvent.create("r1", "alice", EVERY, T0), Long.MAX_VALUE);

    assertThat(firesAfterPanes(0, 12)).isEqualTo(3);
  }

  @Test
  void shouldKeepTheTriggerWhenTheSameRuleIsRepublishedAsSchema2() throws Exception {
    RuleEvent v1 = new RuleEvent(1, RuleEvent.Type.CREATE, "r1", "alice", ONCE, false, 1, T0);
    harness.processBroadcastElement(v1, Long.MAX_VALUE);
    assertThat(firesAfterPanes(0, 1)).isEqualTo(1);

    harness.processBroadcastElement(v1.updated(ONCE, 2), Long.MAX_VALUE);

    assertThat(firesAfterPanes(2, 4)).as("ONCE already fired; same text keeps that").isZero();
    // Whereas a changed text restarts the trigger, so ONCE may fire again.
    harness.processBroadcastElement(
        v1.updated("WHEN price(TSLA) > 2 THEN BUY 1 TSLA ONCE", 3), Long.MAX_VALUE);
    assertThat(firesAfterPanes(5, 6)).isEqualTo(1);
  }
}
