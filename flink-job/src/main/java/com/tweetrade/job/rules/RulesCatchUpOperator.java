package com.tweetrade.job.rules;

import com.tweetrade.model.rules.RuleEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedMultiInput;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Merges the two reads of the rules topic into one stream of rule events that says when the rules
 * of job start are all in: input 1 reads the topic from its start to its end at job start and then
 * finishes; input 2 reads it from its start, forever. Runs with parallelism 1.
 *
 * <p>When input 1 ends, sends {@link RulesCatchUp#MARKER} and from then on the live watermark;
 * before, no watermark at all, so the operators joining rules with data hold back event time until
 * they have every rule of job start. Each rule's events leave in strictly increasing revisions: the
 * live read repeats what the first read delivered, and a repeated old CREATE after a DELETE would
 * otherwise bring a deleted rule back. The revisions needed for that are kept only until the live
 * read has passed them (one entry per rule the live read is behind on), then dropped.
 *
 * <p>The marker is {@link RulesCatchUp#MARKER_AFTER_EVERY_RULE} when every rule event of the topic
 * has gone out since this operator first started without state (flag {@code
 * rules-catch-up-from-start}, kept in its checkpoints), so a receiver that collected the rules from
 * that start holds them all; restored from the state of an older job (no flag), the plain {@link
 * RulesCatchUp#MARKER}.
 */
public class RulesCatchUpOperator extends AbstractStreamOperator<RuleEvent>
    implements TwoInputStreamOperator<RuleEvent, RuleEvent, RuleEvent>, BoundedMultiInput {
  private static final long serialVersionUID = 1L;
  private static final TypeInformation<Tuple2<String, Long>> ENTRY =
      Types.TUPLE(Types.STRING, Types.LONG);

  /** Rule id to the highest revision sent on, while the live read may still repeat it. */
  private transient Map<String, Long> sent;

  /** Until caught up: rule id to the highest revision the live read delivered. */
  private transient Map<String, Long> liveRead;

  private transient boolean caughtUp;
  private transient long liveWatermark;
  private transient ListState<Tuple2<String, Long>> sentState;
  private transient ListState<Tuple2<String, Long>> liveReadState;
  private transient ListState<Boolean> caughtUpState;
  private transient ListState<Boolean> fromStartState;

  /** Whether every rule event of the topic went out since this operator started without state. */
  private transient boolean fromStart;

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    var store = context.getOperatorStateStore();
    sentState = store.getListState(new ListStateDescriptor<>("rules-catch-up-sent", ENTRY));
    liveReadState =
        store.getListState(new ListStateDescriptor<>("rules-catch-up-live-read", ENTRY));
    caughtUpState =
        store.getListState(new ListStateDescriptor<>("rules-catch-up-done", Types.BOOLEAN));
    sent = toMap(sentState.get());
    liveRead = toMap(liveReadState.get());
    fromStartState =
        store.getListState(new ListStateDescriptor<>("rules-catch-up-from-start", Types.BOOLEAN));
    caughtUp = false;
    boolean anyState = false;
    for (Boolean done : caughtUpState.get()) {
      caughtUp |= done;
      anyState = true;
    }
    // No state at all: a start from the topic's beginning. State without the flag: a job older than
    // it.
    fromStart = !anyState;
    for (Boolean all : fromStartState.get()) fromStart = all;
    liveWatermark = Long.MIN_VALUE;
  }

  @Override
  public void snapshotState(StateSnapshotContext context) throws Exception {
    super.snapshotState(context);
    sentState.update(toList(sent));
    liveReadState.update(toList(liveRead));
    caughtUpState.update(List.of(caughtUp));
    fromStartState.update(List.of(fromStart));
  }

  @Override
  public void open() throws Exception {
    super.open();
    // Restored after the catch-up: the receivers may have lost their flag (a migration rewrites
    // their
    // state) and the finished first read sends nothing more, so say it again; a repeat is ignored.
    if (caughtUp) output.collect(new StreamRecord<>(marker(), Long.MAX_VALUE));
  }

  /** From the read of the rules at job start. */
  @Override
  public void processElement1(StreamRecord<RuleEvent> element) {
    sendIfNewer(element);
  }

  /** From the live read. */
  @Override
  public void processElement2(StreamRecord<RuleEvent> element) {
    RuleEvent event = element.getValue();
    if (!caughtUp) {
      liveRead.merge(event.ruleId(), event.revision(), Math::max);
      sendIfNewer(element);
      return;
    }
    Long held = sent.get(event.ruleId());
    // Reaching the revision sent means the live read has caught up with this rule.
    if (held != null && event.revision() >= held) sent.remove(event.ruleId());
    if (held == null || event.revision() > held) output.collect(element);
  }

  @Override
  public void endInput(int inputId) {
    if (inputId != 1) return;
    if (!caughtUp) {
      caughtUp = true;
      sent.entrySet().removeIf(e -> liveRead.getOrDefault(e.getKey(), 0L) >= e.getValue());
      liveRead.clear();
    }
    // Also after a restore in which the first read had already finished: the receivers ignore a
    // repeat.
    output.collect(new StreamRecord<>(marker(), Long.MAX_VALUE));
    if (liveWatermark > Long.MIN_VALUE) output.emitWatermark(new Watermark(liveWatermark));
  }

  @Override
  public void processWatermark1(Watermark mark) {
    // The first read's watermarks would let event time pass before its rules are all in.
  }

  @Override
  public void processWatermark2(Watermark mark) {
    if (mark.getTimestamp() <= liveWatermark) return;
    liveWatermark = mark.getTimestamp();
    if (caughtUp) output.emitWatermark(mark);
  }

  private RuleEvent marker() {
    return fromStart ? RulesCatchUp.MARKER_AFTER_EVERY_RULE : RulesCatchUp.MARKER;
  }

  /** Number of rules the live read is still behind on (for tests). */
  int pendingRevisions() {
    return sent.size();
  }

  private void sendIfNewer(StreamRecord<RuleEvent> element) {
    RuleEvent event = element.getValue();
    Long held = sent.get(event.ruleId());
    if (held != null && event.revision() <= held) return;
    sent.put(event.ruleId(), event.revision());
    output.collect(element);
  }

  private static Map<String, Long> toMap(Iterable<Tuple2<String, Long>> entries) {
    Map<String, Long> map = new HashMap<>();
    for (Tuple2<String, Long> e : entries) map.put(e.f0, e.f1);
    return map;
  }

  private static List<Tuple2<String, Long>> toList(Map<String, Long> map) {
    return map.entrySet().stream().map(e -> Tuple2.of(e.getKey(), e.getValue())).toList();
  }
}
