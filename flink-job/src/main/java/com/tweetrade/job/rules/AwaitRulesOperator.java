package com.tweetrade.job.rules;

import com.tweetrade.model.rules.RuleEvent;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithNonKeyedOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Runs a {@link BroadcastProcessFunction} that joins data with the broadcast rules, but holds the
 * data until the rules stream's {@link RulesCatchUp#MARKER} has arrived, so no data is used before
 * the rules that existed at job start (which a faster data source would otherwise overtake).
 *
 * <p>Held records keep their timestamps and are handed to the function in arrival order when the
 * marker comes; the marker itself never reaches the function. Held records and the "caught up" flag
 * are operator state: a restore after the catch-up does not wait again (the flag is union state, so
 * any subtask's "caught up" counts, also after rescaling), and a restore before it keeps what was
 * held. The rules input holds back event time until the marker ({@link RulesCatchUpOperator}), so
 * the held records are not late when they are let go.
 */
public class AwaitRulesOperator<IN, OUT>
    extends CoBroadcastWithNonKeyedOperator<IN, RuleEvent, OUT> {
  private static final long serialVersionUID = 1L;

  /** Operator state names: part of savepoints. */
  static final String HELD = "held-until-rules-caught-up";

  private final TypeInformation<IN> inType;
  private final RulesStart start;
  private transient List<Tuple2<Long, IN>> held;
  private transient RulesCaughtUp caughtUp;
  private transient ListState<Tuple2<Long, IN>> heldState;

  public AwaitRulesOperator(
      BroadcastProcessFunction<IN, RuleEvent, OUT> function,
      List<MapStateDescriptor<?, ?>> broadcastState,
      TypeInformation<IN> inType,
      RulesStart start) {
    super(function, broadcastState);
    this.start = start;
    this.inType = inType;
  }

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    var store = context.getOperatorStateStore();
    heldState = store.getListState(new ListStateDescriptor<>(HELD, RulesCaughtUp.heldType(inType)));
    held = new ArrayList<>();
    heldState.get().forEach(held::add);
    caughtUp = new RulesCaughtUp(start);
    caughtUp.restore(store);
  }

  @Override
  public void snapshotState(StateSnapshotContext context) throws Exception {
    super.snapshotState(context);
    heldState.update(held);
    caughtUp.snapshot();
  }

  @Override
  public void open() throws Exception {
    super.open();
    caughtUp.opened(getRuntimeContext().getTaskInfo().getTaskNameWithSubtasks());
    // After a restore in which the marker had already come, before any new record.
    if (caughtUp.caughtUp() && !held.isEmpty()) release();
  }

  @Override
  public void processElement1(StreamRecord<IN> element) throws Exception {
    if (caughtUp.caughtUp()) super.processElement1(element);
    else held.add(RulesCaughtUp.hold(element));
  }

  @Override
  public void processElement2(StreamRecord<RuleEvent> element) throws Exception {
    if (caughtUp.isRule(element.getValue())) super.processElement2(element);
    else if (caughtUp.markerArrived(() -> held.size() + " held")) release();
  }

  /** Number of records held (for tests and metrics). */
  public int heldCount() {
    return held.size();
  }

  private void release() throws Exception {
    for (Tuple2<Long, IN> h : held) super.processElement1(RulesCaughtUp.release(h));
    held = new ArrayList<>();
  }

  @Override
  public void processWatermark2(Watermark mark) throws Exception {
    RulesEventTime.watermark(mark, super::processWatermark2, super::processWatermarkStatus2);
  }
}
