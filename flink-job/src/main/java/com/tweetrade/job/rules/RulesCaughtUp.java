package com.tweetrade.job.rules;

import com.tweetrade.model.rules.RuleEvent;
import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.OperatorStateStore;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.function.SupplierWithException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "caught up with the rules of job start" flag of an operator that waits for {@link
 * RulesCatchUp#MARKER} ({@link AwaitRulesOperator}, {@link AwaitRulesKeyedOperator}), and the log
 * line that says how long the rules took to reach it.
 *
 * <p>The flag is union operator state: any subtask's "caught up" counts after a restore, also after
 * rescaling, so a restored job does not wait again.
 */
final class RulesCaughtUp {
  /** Operator state name: part of savepoints. */
  static final String STATE = "rules-caught-up";

  private static final Logger LOG = LoggerFactory.getLogger(RulesCaughtUp.class);

  private final boolean fromStart;
  private ListState<Boolean> state;
  private boolean caughtUp;
  private String task;
  private long openedAt;
  private long rulesBeforeMarker;

  /** {@code start}: {@link RulesStart#IMMEDIATE} counts as caught up from the start. */
  RulesCaughtUp(RulesStart start) {
    this.fromStart = start == RulesStart.IMMEDIATE;
  }

  void restore(OperatorStateStore store) throws Exception {
    state = store.getUnionListState(new ListStateDescriptor<>(STATE, Types.BOOLEAN));
    caughtUp = fromStart;
    for (Boolean done : state.get()) caughtUp |= done;
  }

  void snapshot() throws Exception {
    state.update(List.of(caughtUp));
  }

  /** The operator opened; {@code task} names it in the log. */
  void opened(String task) {
    this.task = task;
    openedAt = System.currentTimeMillis();
  }

  boolean caughtUp() {
    return caughtUp;
  }

  /** Whether {@code event} is a rule for the function, not the marker; counts the rules. */
  boolean isRule(RuleEvent event) {
    if (RulesCatchUp.isMarker(event)) return false;
    rulesBeforeMarker++;
    return true;
  }

  /**
   * The marker came: sets the flag and returns true, or false if it had come before; {@code
   * released} says what was let go, for the log (asked before the caller lets it go).
   */
  boolean markerArrived(SupplierWithException<String, Exception> released) throws Exception {
    if (caughtUp) return false;
    caughtUp = true;
    // How long the rules of job start took to reach this instance (rule loading, issue 14).
    LOG.info(
        "{} caught up with the rules of job start: {} rule events, {} ms after open; released {}",
        task,
        rulesBeforeMarker,
        System.currentTimeMillis() - openedAt,
        released.get());
    return true;
  }

  /** The state type of held records: timestamp and value. */
  static <T> TypeInformation<Tuple2<Long, T>> heldType(TypeInformation<T> valueType) {
    return Types.TUPLE(Types.LONG, valueType);
  }

  /**
   * A data record to hold until the marker: its timestamp ({@link Long#MIN_VALUE}: none), value.
   */
  static <T> Tuple2<Long, T> hold(StreamRecord<T> record) {
    return Tuple2.of(
        record.hasTimestamp() ? record.getTimestamp() : Long.MIN_VALUE, record.getValue());
  }

  /** A held record as it came. */
  static <T> StreamRecord<T> release(Tuple2<Long, T> held) {
    return held.f0 == Long.MIN_VALUE
        ? new StreamRecord<>(held.f1)
        : new StreamRecord<>(held.f1, held.f0);
  }
}
