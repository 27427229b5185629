package com.tweetrade.job.rules;

import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.OperatorStateStore;
import org.apache.flink.api.common.typeinfo.Types;
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

  void opened() {
    openedAt = System.currentTimeMillis();
  }

  boolean caughtUp() {
    return caughtUp;
  }

  /** Counts a rule event that came before the marker. */
  void rule() {
    rulesBeforeMarker++;
  }

  /** The marker came: sets the flag; {@code released} says what was let go, for the log. */
  void markerArrived(String task, String released) {
    caughtUp = true;
    // How long the rules of job start took to reach this instance (rule loading, issue 14).
    LOG.info(
        "{} caught up with the rules of job start: {} rule events, {} ms after open; released {}",
        task,
        rulesBeforeMarker,
        System.currentTimeMillis() - openedAt,
        released);
  }
}
