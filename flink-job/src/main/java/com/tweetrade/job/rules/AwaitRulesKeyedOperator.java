package com.tweetrade.job.rules;

import com.tweetrade.model.rules.RuleEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * The keyed twin of {@link AwaitRulesOperator}: runs a {@link KeyedBroadcastProcessFunction} (the
 * rule evaluator) but holds its keyed data until the rules stream's {@link RulesCatchUp#MARKER} has
 * arrived.
 *
 * <p>Why the evaluator waits too: it compiles every rule from its own broadcast input, while the
 * data comes from the router, which lets its held data go as soon as <em>it</em> has the marker.
 * Both read the same rules, but on different channels: with many rules at start-up (or a loaded
 * machine) the router's updates could reach the evaluator before the rules they are for, and be
 * dropped as updates of unknown rules.
 *
 * <p>Held records are keyed state (per key, in arrival order, with their timestamps), so a restore
 * at another parallelism keeps each with its key; the "caught up" flag is union operator state, as
 * in {@link AwaitRulesOperator}. At the marker every key's held records go to the function in
 * arrival order (the order across keys is the state backend's: each key's state depends only on its
 * own records).
 */
public class AwaitRulesKeyedOperator<K, IN, OUT>
    extends CoBroadcastWithKeyedOperator<K, IN, RuleEvent, OUT> {
  private static final long serialVersionUID = 1L;

  /** State names: part of savepoints. */
  static final String HELD = "held-until-rules-caught-up";

  private final ListStateDescriptor<Tuple2<Long, IN>> heldDescriptor;
  private final RulesStart start;
  private transient RulesCaughtUp caughtUp;

  public AwaitRulesKeyedOperator(
      KeyedBroadcastProcessFunction<K, IN, RuleEvent, OUT> function,
      List<MapStateDescriptor<?, ?>> broadcastState,
      TypeInformation<IN> inType,
      RulesStart start) {
    super(function, broadcastState);
    this.start = start;
    this.heldDescriptor = new ListStateDescriptor<>(HELD, RulesCaughtUp.heldType(inType));
  }

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    caughtUp = new RulesCaughtUp(start);
    caughtUp.restore(context.getOperatorStateStore());
  }

  @Override
  public void snapshotState(org.apache.flink.runtime.state.StateSnapshotContext context)
      throws Exception {
    super.snapshotState(context);
    caughtUp.snapshot();
  }

  @Override
  public void open() throws Exception {
    super.open();
    caughtUp.opened(getRuntimeContext().getTaskInfo().getTaskNameWithSubtasks());
    // Restored after the marker had come, with records held before it: before any new record.
    if (caughtUp.caughtUp()) release();
  }

  @Override
  public void processElement1(StreamRecord<IN> element) throws Exception {
    // The task set the record's key before this call.
    if (caughtUp.caughtUp()) super.processElement1(element);
    else held().add(RulesCaughtUp.hold(element));
  }

  @Override
  public void processElement2(StreamRecord<RuleEvent> element) throws Exception {
    if (caughtUp.isRule(element.getValue())) super.processElement2(element);
    else if (caughtUp.markerArrived(() -> "the updates of " + heldKeys() + " rules")) release();
  }

  /** Number of keys with held records (for tests). */
  public int heldKeys() throws Exception {
    try (Stream<K> keys = this.<K>getKeyedStateBackend().getKeys(HELD, VoidNamespace.INSTANCE)) {
      return (int) keys.count();
    }
  }

  private ListState<Tuple2<Long, IN>> held() throws Exception {
    return getPartitionedState(
        VoidNamespace.INSTANCE, VoidNamespaceSerializer.INSTANCE, heldDescriptor);
  }

  private void release() throws Exception {
    List<K> keys;
    // Collected first: the function writes other keyed state while the held state is emptied.
    try (Stream<K> stream = this.<K>getKeyedStateBackend().getKeys(HELD, VoidNamespace.INSTANCE)) {
      keys = stream.collect(Collectors.toList());
    }
    for (K key : keys) {
      setCurrentKey(key);
      ListState<Tuple2<Long, IN>> state = held();
      List<Tuple2<Long, IN>> records = new ArrayList<>();
      for (Tuple2<Long, IN> h : state.get()) records.add(h);
      state.clear();
      for (Tuple2<Long, IN> h : records) super.processElement1(RulesCaughtUp.release(h));
    }
  }

  @Override
  public void processWatermark2(Watermark mark) throws Exception {
    RulesEventTime.watermark(mark, super::processWatermark2, super::processWatermarkStatus2);
  }
}
