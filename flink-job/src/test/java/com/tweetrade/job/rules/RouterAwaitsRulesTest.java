package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesFixtures.at;
import static com.tweetrade.job.rules.RulesFixtures.create;
import static com.tweetrade.job.rules.RulesFixtures.inputUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The router behind {@link AwaitRulesOperator}: updates that come before the rules caught up are
 * held, not lost.
 */
class RouterAwaitsRulesTest {
  private static final String R_TSLA = "WHEN price(TSLA) < 100 THEN BUY 1 TSLA";
  private static final String R_AAPL = "WHEN price(AAPL) < 100 THEN BUY 1 AAPL";

  @AutoClose
  private BroadcastOperatorTestHarness<InputUpdate, com.tweetrade.model.rules.RuleEvent, RuleInput>
      harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = open(null, 0);
  }

  @Test
  void shouldHoldUpdatesUntilTheMarkerThenRouteThemInArrivalOrderWithTheirTimestamps()
      throws Exception {
    harness.processElement(inputUpdate("TSLA", at(2), "price:TSLA", 90.0), at(2) - 1);
    harness.processElement(inputUpdate("AAPL", at(1), "price:AAPL", 90.0), at(1) - 1);
    harness.processElement(inputUpdate("TSLA", at(3), "price:TSLA", 91.0), at(3) - 1);
    harness.processBroadcastElement(create("r-tsla", R_TSLA), Long.MAX_VALUE);
    harness.processBroadcastElement(create("r-aapl", R_AAPL), Long.MAX_VALUE);
    assertThat(harness.getOutput()).as("nothing before the marker").isEmpty();
    assertThat(heldCount(harness)).isEqualTo(3);

    harness.processBroadcastElement(RulesCatchUp.MARKER, Long.MAX_VALUE);

    assertThat(routed(harness))
        .containsExactly(
            new StreamRecord<>(
                RuleInput.of("r-tsla", inputUpdate("TSLA", at(2), "price:TSLA", 90.0)), at(2) - 1),
            new StreamRecord<>(
                RuleInput.of("r-aapl", inputUpdate("AAPL", at(1), "price:AAPL", 90.0)), at(1) - 1),
            new StreamRecord<>(
                RuleInput.of("r-tsla", inputUpdate("TSLA", at(3), "price:TSLA", 91.0)), at(3) - 1));
    assertThat(heldCount(harness)).isZero();
  }

  @Test
  void shouldPassUpdatesAtOnceAfterTheMarkerAndIgnoreARepeatedMarker() throws Exception {
    harness.processBroadcastElement(create("r-tsla", R_TSLA), Long.MAX_VALUE);
    harness.processBroadcastElement(RulesCatchUp.MARKER, Long.MAX_VALUE);
    harness.processElement(inputUpdate("TSLA", at(1), "price:TSLA", 90.0), at(1) - 1);
    harness.processBroadcastElement(RulesCatchUp.MARKER, Long.MAX_VALUE);
    harness.processElement(inputUpdate("TSLA", at(2), "price:TSLA", 90.0), at(2) - 1);
    assertThat(routed(harness))
        .extracting(r -> r.getValue().eventTime())
        .containsExactly(at(1), at(2));
    assertThat(harness.getSideOutput(RulesDescriptors.RULE_DEAD_LETTERS))
        .as("the marker is no rule")
        .isNull();
  }

  @Test
  void shouldKeepHeldUpdatesAcrossSnapshotAndRestore() throws Exception {
    harness.processBroadcastElement(create("r-tsla", R_TSLA), Long.MAX_VALUE);
    harness.processElement(inputUpdate("TSLA", at(1), "price:TSLA", 90.0), at(1) - 1);
    harness.processElement(inputUpdate("TSLA", at(2), "price:TSLA", 80.0), at(2) - 1);
    OperatorSubtaskState snapshot = harness.snapshot(1, 0);

    try (var restored = open(snapshot, 0)) {
      assertThat(heldCount(restored)).isEqualTo(2);
      restored.processBroadcastElement(RulesCatchUp.MARKER, Long.MAX_VALUE);
      assertThat(routed(restored))
          .extracting(r -> r.getValue().eventTime())
          .containsExactly(at(1), at(2));
    }
  }

  @Test
  void shouldNotWaitAgainAfterARestoreOnceCaughtUp() throws Exception {
    harness.processBroadcastElement(create("r-tsla", R_TSLA), Long.MAX_VALUE);
    harness.processBroadcastElement(RulesCatchUp.MARKER, Long.MAX_VALUE);
    OperatorSubtaskState snapshot = harness.snapshot(1, 0);

    // A finished read of the rules at start sends no marker after a restore: the flag must come
    // from state.
    try (var restored = open(snapshot, 0)) {
      restored.processElement(inputUpdate("TSLA", at(1), "price:TSLA", 90.0), at(1) - 1);
      assertThat(routed(restored)).extracting(r -> r.getValue().ruleId()).containsExactly("r-tsla");
    }
  }

  @Test
  void shouldNotLetTheRulesCarryEventTimeWhenTheUpdatesGoIdle() throws Exception {
    harness.processBroadcastElement(RulesCatchUp.MARKER, Long.MAX_VALUE);
    harness.processWatermark(at(1));
    var operator = (TwoInputStreamOperator<?, ?, ?>) harness.getOperator();

    operator.processWatermarkStatus1(WatermarkStatus.IDLE);
    operator.processWatermarkStatus1(WatermarkStatus.ACTIVE);
    harness.processWatermark(at(2));

    assertThat(harness.getOutput())
        .filteredOn(e -> e instanceof Watermark)
        .as("event time is the updates' alone: the rules' MAX never reaches the output")
        .containsExactly(new Watermark(at(1)), new Watermark(at(2)));
  }

  @Test
  void shouldDeadLetterAnInvalidRuleFromSubtaskZeroOnly() throws Exception {
    var invalid = create("r-bad", "WHEN price(TSLA) < THEN BUY 1 TSLA");
    harness.processBroadcastElement(invalid, Long.MAX_VALUE);
    try (var second = open(null, 1)) {
      second.processBroadcastElement(invalid, Long.MAX_VALUE);
      assertThat(second.getSideOutput(RulesDescriptors.RULE_DEAD_LETTERS)).isNull();
    }
    assertThat(harness.getSideOutput(RulesDescriptors.RULE_DEAD_LETTERS))
        .extracting(r -> r.getValue())
        .extracting(DeadLetter::position)
        .containsExactly("rule r-bad revision 1");
  }

  private static BroadcastOperatorTestHarness<
          InputUpdate, com.tweetrade.model.rules.RuleEvent, RuleInput>
      open(OperatorSubtaskState state, int subtask) throws Exception {
    var h =
        new BroadcastOperatorTestHarness<>(
            new AwaitRulesOperator<>(
                new RuleRouterFunction(TickerDirectory.standard(), WindowSet.LIVE),
                List.of(RulesDescriptors.RULES),
                RulesTypes.INPUT_UPDATE,
                RulesStart.AFTER_CATCH_UP),
            2,
            2,
            subtask);
    RulesFixtures.noKryo(h);
    h.setup(RulesFixtures.serializer(RulesTypes.RULE_INPUT));
    if (state == null) h.initializeState((OperatorSubtaskState) null);
    else h.initializeState(state);
    h.open();
    h.processBroadcastWatermark(Long.MAX_VALUE);
    return h;
  }

  @SuppressWarnings("unchecked")
  private static List<StreamRecord<RuleInput>> routed(
      BroadcastOperatorTestHarness<?, ?, RuleInput> h) {
    return h.getOutput().stream()
        .filter(o -> o instanceof StreamRecord<?>)
        .map(o -> (StreamRecord<RuleInput>) o)
        .toList();
  }

  private static int heldCount(BroadcastOperatorTestHarness<?, ?, ?> h) {
    return ((AwaitRulesOperator<?, ?>) h.getOperator()).heldCount();
  }
}
