package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesFixtures.at;
import static com.tweetrade.job.rules.RulesFixtures.create;
import static com.tweetrade.job.rules.RulesFixtures.delete;
import static com.tweetrade.job.rules.RulesFixtures.inputUpdate;
import static com.tweetrade.job.rules.RulesFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.List;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithNonKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuleRouterFunctionTest {
  @AutoClose private BroadcastOperatorTestHarness<InputUpdate, RuleEvent, RuleInput> harness;

  @BeforeEach
  void setUp() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
            new RuleRouterFunction(TickerDirectory.standard(), WindowSet.LIVE),
            RulesDescriptors.RULES);
    harness.processBroadcastWatermark(Long.MAX_VALUE);
  }

  private List<DeadLetter> deadLetters() {
    return RulesFixtures.sideOutput(harness, RulesDescriptors.RULE_DEAD_LETTERS);
  }

  private void rules(RuleEvent... events) throws Exception {
    for (RuleEvent e : events) harness.processBroadcastElement(e, Long.MAX_VALUE);
  }

  private List<String> routedTo(InputUpdate update) throws Exception {
    harness.getOutput().clear();
    harness.processElement(update, update.eventTime() - 1);
    return harness.extractOutputValues().stream().map(RuleInput::ruleId).toList();
  }

  @Test
  void shouldRouteAnUpdateOnlyToTheRulesThatReadItsSubject() throws Exception {
    rules(
        create("r-tsla", "WHEN price(TSLA) < 100 THEN BUY 1 TSLA"),
        create("r-tesla", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 AAPL"),
        create("r-aapl", "WHEN avg(AAPL, 1m) > 100 THEN SELL 1 AAPL"),
        create("r-cashtag", "WHEN sentiment($TSLA, 1m) > 0.1 THEN BUY 1 MSFT"));

    assertThat(routedTo(inputUpdate("TSLA", at(1), "price:TSLA", 90.0))).containsExactly("r-tsla");
    assertThat(routedTo(inputUpdate("tesla", at(1), "sentiment:tesla:5m", 0.5)))
        .containsExactly("r-tesla");
    // AAPL is read by r-aapl and traded at market by r-tesla, which needs its last price.
    assertThat(routedTo(inputUpdate("AAPL", at(1), "price:AAPL", 90.0)))
        .containsExactly("r-aapl", "r-tesla");
    assertThat(routedTo(inputUpdate("$TSLA", at(1), "sentiment:$TSLA:1m", 0.5)))
        .containsExactly("r-cashtag");
    assertThat(routedTo(inputUpdate("NVDA", at(1), "price:NVDA", 90.0))).isEmpty();
  }

  @Test
  void shouldCarryTheUpdateValuesTimeAndTimestamp() throws Exception {
    rules(create("r1", "WHEN price(TSLA) < 100 THEN BUY 1 TSLA"));
    InputUpdate update = inputUpdate("TSLA", at(3), "price:TSLA", 90.0, "avg:TSLA:1m", 95.0);
    harness.processElement(update, at(3) - 1);
    @SuppressWarnings("unchecked")
    StreamRecord<RuleInput> out = (StreamRecord<RuleInput>) harness.getOutput().poll();
    // r1 reads price:TSLA only: the window it does not read stays behind.
    assertThat(out.getValue())
        .isEqualTo(
            new RuleInput(
                "r1",
                at(3),
                java.util.Map.of("price:TSLA", 90.0),
                update.closed(),
                update.trigger(),
                update.newestEventTime()));
    assertThat(out.getTimestamp()).isEqualTo(at(3) - 1);
  }

  @Test
  void shouldSendEachRuleOnlyTheValuesItReadsAndThePriceItTradesAt() throws Exception {
    rules(
        create("r-range", "WHEN high(TSLA, 5m) - low(TSLA, 5m) > 2 THEN BUY 1 TSLA"),
        create("r-avg", "WHEN avg(TSLA, 1m) > 100 THEN SELL 1 AAPL"));
    InputUpdate update =
        inputUpdate(
            "TSLA",
            at(1),
            "price:TSLA",
            90.0,
            "avg:TSLA:1m",
            95.0,
            "high:TSLA:5m",
            99.0,
            "low:TSLA:5m",
            91.0,
            "vwap:TSLA:15m",
            94.0);
    harness.processElement(update, at(1) - 1);

    assertThat(harness.extractOutputValues())
        .extracting(RuleInput::ruleId, RuleInput::values)
        .containsExactly(
            tuple("r-avg", java.util.Map.of("avg:TSLA:1m", 95.0)),
            tuple(
                "r-range",
                java.util.Map.of("high:TSLA:5m", 99.0, "low:TSLA:5m", 91.0, "price:TSLA", 90.0)));
  }

  @Test
  void shouldFollowUpdatesAndDeletes() throws Exception {
    rules(create("r1", "WHEN price(TSLA) < 100 THEN BUY 1 TSLA"));
    rules(update("r1", "WHEN price(AAPL) < 100 THEN BUY 1 AAPL", 2));
    assertThat(routedTo(inputUpdate("TSLA", at(1), "price:TSLA", 90.0))).isEmpty();
    assertThat(routedTo(inputUpdate("AAPL", at(1), "price:AAPL", 90.0))).containsExactly("r1");
    rules(delete("r1", 3));
    assertThat(routedTo(inputUpdate("AAPL", at(2), "price:AAPL", 90.0))).isEmpty();
  }

  @Test
  void shouldDeadLetterRulesThatDoNotCompileAndKeepThePreviousRevision() throws Exception {
    rules(
        create("r1", "WHEN price(TSLA) < 100 THEN BUY 1 TSLA"),
        update("r1", "WHEN price(TSLA) < THEN BUY 1 TSLA", 2),
        create("r2", "WHEN price(NOSUCHTICKER) < 100 THEN BUY 1 TSLA"),
        create("r3", "WHEN price(TSLA) < 100 THEN BUY 0 TSLA"),
        create("r4", "WHEN price(TSLA) < avg(TSLA, 20d) THEN BUY 1 TSLA"));
    List<DeadLetter> dead = deadLetters();
    assertThat(dead)
        .extracting(DeadLetter::position)
        .containsExactly(
            "rule r1 revision 2", "rule r2 revision 1", "rule r3 revision 1", "rule r4 revision 1");
    assertThat(dead.get(1).reason()).contains("NOSUCHTICKER");
    assertThat(dead.get(3).reason())
        .isEqualTo(
            "rule r4 revision 1 does not compile: at 29: window 20d cannot be served from live"
                + " data (windows: 1m, 5m, 15m, 1h)");
    assertThat(dead).allSatisfy(d -> assertThat(d.source()).isEqualTo("flink-job/rules"));
    assertThat(routedTo(inputUpdate("TSLA", at(1), "price:TSLA", 90.0))).containsExactly("r1");
  }

  @Test
  void shouldDeadLetterAnEventThatWouldGiveARuleAnotherOwner() throws Exception {
    rules(
        create("r1", "WHEN price(TSLA) < 100 THEN BUY 1 TSLA"),
        RuleEvent.update(
            "r1",
            "mallory",
            "WHEN price(TSLA) < 100 THEN BUY 9000 TSLA",
            false,
            2,
            RulesFixtures.T0),
        RuleEvent.delete("r1", "mallory", 3, RulesFixtures.T0));
    List<DeadLetter> dead = deadLetters();
    assertThat(dead)
        .extracting(DeadLetter::position)
        .containsExactly("rule r1 revision 2", "rule r1 revision 3");
    assertThat(dead.get(0).reason()).contains("belongs to another user", "mallory");
    // The owner's rule is untouched, and the owner can still change it.
    assertThat(routedTo(inputUpdate("TSLA", at(1), "price:TSLA", 90.0))).containsExactly("r1");
    rules(update("r1", "WHEN price(AAPL) < 100 THEN BUY 1 AAPL", 2));
    assertThat(routedTo(inputUpdate("AAPL", at(2), "price:AAPL", 90.0))).containsExactly("r1");
  }

  @Test
  void shouldRebuildTheIndexFromBroadcastStateAfterRestore() throws Exception {
    rules(
        create("r1", "WHEN price(TSLA) < 100 THEN BUY 1 TSLA"),
        create("r2", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA"),
        create("r3", "WHEN price(AAPL) < 100 THEN BUY 1 AAPL"));
    var snapshot = harness.snapshot(1, 0);
    try (var restored =
        new BroadcastOperatorTestHarness<>(
            new CoBroadcastWithNonKeyedOperator<>(
                new RuleRouterFunction(TickerDirectory.standard(), WindowSet.LIVE),
                List.of(RulesDescriptors.RULES)),
            1,
            1,
            0)) {
      RulesFixtures.noKryo(restored);
      restored.setup(RulesFixtures.serializer(RulesTypes.RULE_INPUT));
      restored.initializeState(snapshot);
      restored.open();
      restored.processElement(inputUpdate("TSLA", at(1), "price:TSLA", 90.0), at(1) - 1);
      assertThat(restored.extractOutputValues())
          .extracting(RuleInput::ruleId)
          .containsExactly("r1", "r2");
    }
  }
}
