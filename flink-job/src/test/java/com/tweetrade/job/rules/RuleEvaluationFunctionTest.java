package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesFixtures.ALICE;
import static com.tweetrade.job.rules.RulesFixtures.ONE_MINUTE;
import static com.tweetrade.job.rules.RulesFixtures.T0;
import static com.tweetrade.job.rules.RulesFixtures.at;
import static com.tweetrade.job.rules.RulesFixtures.create;
import static com.tweetrade.job.rules.RulesFixtures.delete;
import static com.tweetrade.job.rules.RulesFixtures.input;
import static com.tweetrade.job.rules.RulesFixtures.pause;
import static com.tweetrade.job.rules.RulesFixtures.resume;
import static com.tweetrade.job.rules.RulesFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.trading.Order;
import com.tweetrade.job.trading.TradeStatus;
import com.tweetrade.job.trading.TradingTypes;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Trade;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleEvaluationFunctionTest extends EvaluatorHarnessTest {
  private static final String PRICE = "price:TSLA";
  private static final String SENTIMENT = "sentiment:tesla:5m";
  private static final String AVG = "avg:TSLA:15m";

  /** An opened harness whose rules input, like the job's, never holds back event time. */
  static KeyedBroadcastOperatorTestHarness<String, RuleInput, RuleEvent, Order> newHarness()
      throws Exception {
    return newHarness(null);
  }

  /** {@link #newHarness()} restored from {@code snapshot} unless that is null. */
  static KeyedBroadcastOperatorTestHarness<String, RuleInput, RuleEvent, Order> newHarness(
      OperatorSubtaskState snapshot) throws Exception {
    var h =
        new KeyedBroadcastOperatorTestHarness<>(
            new CoBroadcastWithKeyedOperator<>(
                new RuleEvaluationFunction(null, WindowSet.LIVE, RulesFixtures.FRESHNESS),
                List.of(RulesDescriptors.RULES)),
            RuleInput::ruleId,
            Types.STRING,
            1,
            1,
            0);
    RulesFixtures.noKryo(h);
    h.setup(RulesFixtures.serializer(TradingTypes.ORDER));
    if (snapshot != null) h.initializeState(snapshot);
    h.open();
    h.processBroadcastWatermark(Long.MAX_VALUE);
    return h;
  }

  /**
   * Keyed state entries (one per state and key), as KeyedOneInputStreamOperatorTestHarness counts
   * them.
   */
  static int stateEntries(KeyedBroadcastOperatorTestHarness<String, ?, ?, ?> h) {
    var backend = ((AbstractStreamOperator<?>) h.getOperator()).getKeyedStateBackend();
    return ((HeapKeyedStateBackend<?>) backend).numKeyValueStateEntries();
  }

  static List<Trade> trades(KeyedBroadcastOperatorTestHarness<String, ?, ?, Order> h) {
    return h.extractOutputValues().stream().map(Order::trade).toList();
  }

  /**
   * What {@code read} finds after each of two runs of the ON TICK rule r1 {@code text}, each in a
   * new evaluator over the same six TSLA ticks (every third at 90.00, the others at 99.00): a
   * replay must decide the same.
   */
  static List<List<String>> twoRuns(
      String text,
      Function<KeyedBroadcastOperatorTestHarness<String, RuleInput, RuleEvent, Order>, List<String>>
          read)
      throws Exception {
    List<List<String>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try (var h = newHarness()) {
        h.processBroadcastElement(RulesFixtures.createOnTick("r1", text), Long.MAX_VALUE);
        for (int i = 0; i < 6; i++) {
          long t = T0 + 1_000L * i;
          Map<String, Double> price = Map.of("price:TSLA", i % 3 == 2 ? 90.0 : 99.0);
          h.processElement(new RuleInput("r1", t, price, false, "quote:TSLA@" + t + "#0", t), t);
        }
        runs.add(read.apply(h));
      }
    }
    return runs;
  }

  private void feed(RuleInput in) throws Exception {
    harness.processElement(in, in.eventTime() - 1);
  }

  /** Feeds one price per pane (pane i at at(i)) and advances the watermark past each. */
  private void prices(String ruleId, double... dollars) throws Exception {
    for (int i = 0; i < dollars.length; i++) {
      feed(input(ruleId, at(i + 1), PRICE, dollars[i]));
      harness.processWatermark(at(i + 1));
    }
  }

  private List<Long> firingTimes() {
    return trades(harness).stream().map(Trade::eventTime).toList();
  }

  @Test
  void shouldFireOnEachRisingEdgeByDefault() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN BUY 10 TSLA"));
    prices("r1", 110, 90, 80, 120, 95);
    assertThat(firingTimes()).containsExactly(at(2), at(5));
  }

  @Test
  void shouldFireImmediatelyWhenFirstEvaluationIsTrue() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN BUY 10 TSLA"));
    prices("r1", 90, 90);
    assertThat(firingTimes()).containsExactly(at(1));
  }

  @Test
  void shouldFireOnceOnlyWithOnce() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN BUY 10 TSLA ONCE"));
    prices("r1", 110, 90, 120, 90, 80);
    assertThat(firingTimes()).containsExactly(at(2));
  }

  @Test
  void shouldFireAtMostOncePerPeriodWithEvery() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN BUY 10 TSLA EVERY 1m"));
    double[] always = new double[13];
    java.util.Arrays.fill(always, 90);
    prices("r1", always);
    // Panes every 10 s from at(1): fires at at(1), then 1 minute later, and again.
    assertThat(firingTimes()).containsExactly(at(1), at(7), at(13));
  }

  @ParameterizedTest(name = "price {0} 100 at 99/100/101 fires {1}/{2}/{3}")
  @CsvSource({
    "<,true,false,false",
    "<=,true,true,false",
    ">,false,false,true",
    ">=,false,true,true",
    "=,false,true,false",
    "!=,true,false,true"
  })
  void shouldCompareWithEachOperator(String op, boolean at99, boolean at100, boolean at101)
      throws Exception {
    double[] values = {99, 100, 101};
    boolean[] expected = {at99, at100, at101};
    for (int i = 0; i < values.length; i++) {
      String id = "r" + i;
      rule(create(id, "WHEN price(TSLA) " + op + " 100 THEN BUY 1 TSLA"));
      feed(input(id, at(1), PRICE, values[i]));
    }
    harness.processWatermark(at(1));
    List<String> firedRules = trades(harness).stream().map(Trade::ruleId).toList();
    for (int i = 0; i < values.length; i++) {
      assertThat(firedRules.contains("r" + i))
          .as("price %s %s 100", values[i], op)
          .isEqualTo(expected[i]);
    }
  }

  @Test
  void shouldEmitOrderWithDeterministicIdPriceAndExplanation() throws Exception {
    rule(
        create(
            "r1",
            "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10"
                + " TSLA"));
    feed(input("r1", at(1), PRICE, 180.25, AVG, 200.0));
    feed(input("r1", at(1), SENTIMENT, 0.6));
    harness.processWatermark(at(1));

    Trade trade = trades(harness).get(0);
    assertThat(trade.id()).isEqualTo(RuleEvaluationFunction.tradeId("r1", at(1)));
    assertThat(trade)
        .extracting(
            Trade::userId,
            Trade::ruleId,
            Trade::side,
            Trade::quantity,
            Trade::ticker,
            Trade::priceCents,
            Trade::eventTime,
            Trade::status)
        .containsExactly(ALICE, "r1", "BUY", 10L, "TSLA", 18025L, at(1), TradeStatus.PENDING);
    assertThat(trade.explanation()).isEqualTo(Map.of(SENTIMENT, 0.6, PRICE, 180.25, AVG, 200.0));
    assertThat(harness.extractOutputStreamRecords().get(0).getTimestamp()).isEqualTo(at(1));
  }

  @Test
  void shouldUseTheLimitPriceForLimitOrdersAndNoPriceWhenMarketPriceIsUnknown() throws Exception {
    rule(create("limit", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN SELL 5 TSLA AT LIMIT 250.5"));
    rule(create("market", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN SELL 5 TSLA"));
    feed(input("limit", at(1), SENTIMENT, 0.9));
    feed(input("market", at(1), SENTIMENT, 0.9));
    harness.processWatermark(at(1));
    assertThat(trades(harness))
        .extracting(Trade::ruleId, Trade::priceCents)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("limit", 25050L),
            org.assertj.core.groups.Tuple.tuple("market", 0L));
  }

  @Test
  void shouldApplyAllUpdatesOfOneTimeBeforeEvaluatingWhateverTheArrivalOrder() throws Exception {
    String text = "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < 100 THEN BUY 10 TSLA";
    List<RuleInput> inputs =
        List.of(
            input("r1", at(1), SENTIMENT, 0.5), input("r1", at(1), PRICE, 120.0),
            input("r1", at(2), PRICE, 90.0), input("r1", at(2), SENTIMENT, 0.1),
            input("r1", at(3), SENTIMENT, 0.6), input("r1", at(3), PRICE, 95.0));
    List<String> forward = run(text, inputs);
    List<String> backward = run(text, RulesFixtures.reversed(inputs));
    // at(2) is false because both updates of at(2) count together; it fires at at(3) only.
    assertThat(forward).hasSize(1).isEqualTo(backward);
    assertThat(JsonCodec.TRADE.decode(forward.get(0)).eventTime()).isEqualTo(at(3));
  }

  private static List<String> run(String text, List<RuleInput> inputs) throws Exception {
    try (var h = newHarness()) {
      h.processBroadcastElement(create("r1", text), Long.MAX_VALUE);
      for (RuleInput in : inputs) h.processElement(in, in.eventTime() - 1);
      h.processWatermark(at(3));
      return trades(h).stream().map(JsonCodec.TRADE::encodeToString).toList();
    }
  }

  @Test
  void shouldUseTheNewTextAndRearmAfterAnUpdate() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN BUY 10 TSLA"));
    prices("r1", 90);
    rule(update("r1", "WHEN price(TSLA) < 80 THEN SELL 3 TSLA", 2));
    feed(input("r1", at(2), PRICE, 85.0));
    harness.processWatermark(at(2));
    feed(input("r1", at(3), PRICE, 75.0));
    harness.processWatermark(at(3));
    assertThat(trades(harness))
        .extracting(Trade::eventTime, Trade::side, Trade::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(at(1), "BUY", 10L),
            org.assertj.core.groups.Tuple.tuple(at(3), "SELL", 3L));
  }

  @Test
  void shouldNotFireWhilePausedAndFireAfterResume() throws Exception {
    String text = "WHEN price(TSLA) < 100 THEN BUY 10 TSLA";
    rule(create("r1", text));
    prices("r1", 110);
    rule(pause("r1", text, 2));
    feed(input("r1", at(2), PRICE, 90.0));
    harness.processWatermark(at(2));
    assertThat(trades(harness)).isEmpty();
    rule(resume("r1", text, 3));
    feed(input("r1", at(3), PRICE, 91.0));
    harness.processWatermark(at(3));
    assertThat(firingTimes()).containsExactly(at(3));
  }

  @Test
  void shouldIgnoreEventsThatAreNotNewer() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN BUY 10 TSLA"));
    rule(pause("r1", "WHEN price(TSLA) < 100 THEN BUY 10 TSLA", 1));
    prices("r1", 90);
    assertThat(firingTimes()).containsExactly(at(1));
  }

  @Test
  void shouldClearAllStateOfADeletedRuleAndKeepOthers() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN BUY 10 TSLA"));
    rule(create("r2", "WHEN price(TSLA) < 50 THEN BUY 10 TSLA"));
    feed(input("r1", at(1), PRICE, 90.0));
    feed(input("r2", at(1), PRICE, 90.0));
    harness.processWatermark(at(1));
    feed(input("r1", at(2), PRICE, 95.0));
    feed(input("r2", at(2), PRICE, 95.0));
    int perRuleWithPending = stateEntries(harness);
    rule(delete("r1", 2));
    // r1's values, progress and pending update are gone; r2 keeps its three.
    assertThat(stateEntries(harness)).isEqualTo(perRuleWithPending / 2);
    harness.processWatermark(at(2));
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(firingTimes()).containsExactly(at(1));
    rule(delete("r2", 2));
    assertThat(stateEntries(harness)).isZero();
  }

  @Test
  void shouldDropUpdatesOfARuleDeletedAfterRoutingThem() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN BUY 10 TSLA"));
    rule(delete("r1", 2));
    feed(input("r1", at(1), PRICE, 90.0));
    harness.processWatermark(at(1));
    assertThat(trades(harness)).isEmpty();
    assertThat(stateEntries(harness)).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldDrainTimersAndPendingUpdates() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN BUY 10 TSLA"));
    for (int i = 1; i <= 5; i++) feed(input("r1", at(i), PRICE, 100.0 + i));
    assertThat(harness.numEventTimeTimers()).isEqualTo(5);
    harness.processWatermark(at(5));
    assertThat(harness.numEventTimeTimers()).isZero();
    // Left: the values and the trigger progress of r1, nothing pending.
    assertThat(stateEntries(harness)).isEqualTo(2);
  }

  @Test
  void shouldRestoreRulesAndProgressFromASnapshot() throws Exception {
    rule(create("r1", "WHEN price(TSLA) < 100 THEN BUY 10 TSLA"));
    prices("r1", 90);
    var snapshot = harness.snapshot(1, T0);
    try (var restored = newHarness(snapshot)) {
      // Still true: no second rising edge; then false and true again fires.
      for (int i = 2; i <= 4; i++) {
        RuleInput in = input("r1", at(i), PRICE, i == 3 ? 120.0 : 90.0);
        restored.processElement(in, in.eventTime() - 1);
        restored.processWatermark(at(i));
      }
      assertThat(trades(restored)).extracting(Trade::eventTime).containsExactly(at(4));
    }
  }

  @Test
  void shouldReadEveryKindOfInput() throws Exception {
    rule(
        create(
            "r1",
            "WHEN volume(\"tesla\", 1m) >= 12 AND positive(\"tesla\", 1m) > 70% AND"
                + " negative(\"tesla\", 1m) < 30% AND vwap(TSLA, 5m) > 100 AND change(TSLA, 5m) <"
                + " -2 THEN BUY 1 TSLA"));
    feed(
        input(
            "r1",
            T0 + ONE_MINUTE,
            "price:TSLA",
            97.0,
            "avg:TSLA:5m",
            100.0,
            "vwap:TSLA:5m",
            100.01,
            "change:TSLA:5m",
            -3.0));
    feed(
        input(
            "r1",
            T0 + ONE_MINUTE,
            "sentiment:tesla:1m",
            0.5,
            "volume:tesla:1m",
            12,
            "positive:tesla:1m",
            0.75,
            "negative:tesla:1m",
            0.25));
    harness.processWatermark(T0 + ONE_MINUTE);
    assertThat(trades(harness))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.explanation())
                    .containsEntry("change:TSLA:5m", -3.0)
                    .containsEntry("volume:tesla:1m", 12.0)
                    .containsEntry("vwap:TSLA:5m", 100.01));
  }
}
