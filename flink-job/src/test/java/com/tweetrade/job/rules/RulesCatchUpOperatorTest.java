package com.tweetrade.job.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.model.rules.RuleEvent;
import java.util.List;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.TwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RulesCatchUpOperatorTest {
  private static final String TEXT = "WHEN price(TSLA) < 100 THEN BUY 1 TSLA";
  private static final RuleEvent R1_CREATE = RuleEvent.create("r1", "alice", TEXT, 1);
  private static final RuleEvent R1_DELETE = RuleEvent.delete("r1", "alice", 2, 2);
  private static final RuleEvent R2_CREATE = RuleEvent.create("r2", "bob", TEXT, 3);

  @AutoClose private TwoInputStreamOperatorTestHarness<RuleEvent, RuleEvent, RuleEvent> harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = open(null);
  }

  @Test
  void shouldSendTheMarkerAfterTheRulesOfJobStartAndOnlyThenTheWatermark() throws Exception {
    harness.processWatermark2(new Watermark(Long.MAX_VALUE));
    harness.processElement1(R1_CREATE, Long.MAX_VALUE);
    harness.processWatermark1(new Watermark(Long.MAX_VALUE));
    harness.processElement1(R2_CREATE, Long.MAX_VALUE);
    assertThat(harness.getOutput())
        .as("no watermark yet")
        .allMatch(o -> o instanceof StreamRecord<?>);

    harness.endInput1();

    assertThat(harness.getOutput())
        .containsExactly(
            new StreamRecord<>(R1_CREATE, Long.MAX_VALUE),
            new StreamRecord<>(R2_CREATE, Long.MAX_VALUE),
            new StreamRecord<>(RulesCatchUp.MARKER_AFTER_EVERY_RULE, Long.MAX_VALUE),
            new Watermark(Long.MAX_VALUE));
  }

  @Test
  void shouldNotBringBackADeletedRuleWhenTheLiveReadRepeatsItsHistory() throws Exception {
    harness.processElement1(R1_CREATE, Long.MAX_VALUE);
    harness.processElement1(R1_DELETE, Long.MAX_VALUE);
    harness.endInput1();
    harness.getOutput().clear();

    harness.processElement2(R1_CREATE, Long.MAX_VALUE);
    harness.processElement2(R1_DELETE, Long.MAX_VALUE);
    RuleEvent recreated = RuleEvent.update("r1", "alice", TEXT, false, 3, 3);
    harness.processElement2(recreated, Long.MAX_VALUE);

    assertThat(harness.extractOutputValues()).containsExactly(recreated);
    assertThat(pending(harness)).as("the live read has passed r1").isZero();
  }

  @Test
  void shouldSendEachRevisionOnceWhicheverReadIsAhead() throws Exception {
    harness.processElement2(R1_CREATE, Long.MAX_VALUE);
    harness.processElement2(R1_DELETE, Long.MAX_VALUE);
    harness.processElement1(R1_CREATE, Long.MAX_VALUE);
    harness.processElement1(R2_CREATE, Long.MAX_VALUE);
    harness.processElement1(R1_DELETE, Long.MAX_VALUE);
    harness.endInput1();
    harness.processElement2(R2_CREATE, Long.MAX_VALUE);

    assertThat(harness.extractOutputValues())
        .containsExactly(R1_CREATE, R1_DELETE, R2_CREATE, RulesCatchUp.MARKER_AFTER_EVERY_RULE);
    assertThat(pending(harness)).isZero();
  }

  @Test
  void shouldKeepItsProgressAcrossSnapshotAndRestore() throws Exception {
    harness.processElement1(R1_CREATE, Long.MAX_VALUE);
    harness.processElement1(R1_DELETE, Long.MAX_VALUE);
    harness.endInput1();
    OperatorSubtaskState snapshot = harness.snapshot(1, 0);

    try (var restored = open(snapshot)) {
      // Caught up already: the marker is said again at once (receivers may have lost their flag),
      // the live
      // watermark passes at once, the repeated history does not.
      restored.processWatermark2(new Watermark(Long.MAX_VALUE));
      restored.processElement2(R1_CREATE, Long.MAX_VALUE);
      restored.processElement2(R1_DELETE, Long.MAX_VALUE);
      assertThat(restored.getOutput())
          .containsExactly(
              new StreamRecord<>(RulesCatchUp.MARKER_AFTER_EVERY_RULE, Long.MAX_VALUE),
              new Watermark(Long.MAX_VALUE));
    }
  }

  @Test
  void shouldSayThePlainMarkerWhenRestoredFromTheStateOfAnOlderJob() throws Exception {
    // An older Rules Catch-Up kept no "from start" flag: whether every rule went out since then is
    // unknown.
    OperatorSubtaskState older;
    try (var h = new TwoInputStreamOperatorTestHarness<>(new OlderCatchUpState())) {
      h.setup(ModelTypes.RULE_EVENT.createSerializer(h.getExecutionConfig().getSerializerConfig()));
      h.open();
      older = h.snapshot(1, 0);
    }
    try (var restored = open(older)) {
      restored.endInput1();
      assertThat(restored.extractOutputValues())
          .containsExactly(RulesCatchUp.MARKER, RulesCatchUp.MARKER);
      assertThat(RulesCatchUp.isMarkerAfterEveryRule(RulesCatchUp.MARKER)).isFalse();
      assertThat(RulesCatchUp.isMarker(RulesCatchUp.MARKER_AFTER_EVERY_RULE)).isTrue();
    }
  }

  /** The operator state a Rules Catch-Up caught up before the "from start" flag existed wrote. */
  private static final class OlderCatchUpState extends AbstractStreamOperator<RuleEvent>
      implements TwoInputStreamOperator<RuleEvent, RuleEvent, RuleEvent> {
    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
      super.initializeState(context);
      context
          .getOperatorStateStore()
          .getListState(new ListStateDescriptor<>("rules-catch-up-done", Types.BOOLEAN))
          .update(List.of(true));
    }

    @Override
    public void processElement1(StreamRecord<RuleEvent> element) {}

    @Override
    public void processElement2(StreamRecord<RuleEvent> element) {}
  }

  private static TwoInputStreamOperatorTestHarness<RuleEvent, RuleEvent, RuleEvent> open(
      OperatorSubtaskState state) throws Exception {
    var h = new TwoInputStreamOperatorTestHarness<>(new RulesCatchUpOperator());
    h.getExecutionConfig().disableGenericTypes();
    h.setup(ModelTypes.RULE_EVENT.createSerializer(h.getExecutionConfig().getSerializerConfig()));
    h.initializeState(state);
    h.open();
    return h;
  }

  private static int pending(TwoInputStreamOperatorTestHarness<?, ?, ?> h) {
    return ((RulesCatchUpOperator) h.getOperator()).pendingRevisions();
  }
}
