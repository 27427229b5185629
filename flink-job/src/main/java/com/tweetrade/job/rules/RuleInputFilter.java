package com.tweetrade.job.rules;

import com.tweetrade.job.functions.RulesCatchUp;
import com.tweetrade.job.functions.RulesStart;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.List;
import java.util.function.Predicate;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;

/**
 * Which rule inputs leave the operator that makes them: only updates that the router would send to at
 * least one rule ({@link RuleIndex#rulesFor(InputUpdate)}, the router's own decision, on the same rule
 * events applied by the same {@link RuleBook#apply}). With ~3,200 tickers and rules on a few of them,
 * the ticks of every other ticker were serialized and sent to the router only to be dropped there.
 *
 * <p>It never drops an update unless it holds every rule: the rule inputs keep their rule events in
 * broadcast state ({@link RulesDescriptors#RULES}, checkpointed) and a mode in union operator state
 * ({@link #STATE}): {@code FILTERING} once it has every rule since the rules' beginning, that is from
 * the start of a job without state, after {@link RulesCatchUp#MARKER} when the rules of job start are
 * read first ({@link RulesStart#AFTER_CATCH_UP}); {@code COLLECTING} before that marker; {@code OPEN}
 * (every update leaves, as before the filter existed) when restored without that state (a savepoint of a
 * job before the filter) or from a savepoint the State Processor API wrote ({@code bin/tweetrade migrate}
 * rewrites the router's rules, not this copy, so it may be stale). OPEN is kept in later checkpoints: only
 * a start without state makes such a job filter again.
 */
public final class RuleInputFilter {
  /** Operator state name: part of savepoints. */
  public static final String STATE = "rule-input-filter";
  /** The checkpoint id of every savepoint the State Processor API writes ({@code SnapshotUtils.CHECKPOINT_ID}). */
  static final long STATE_PROCESSOR_CHECKPOINT_ID = 0L;

  /** Ordered from the least to the most trusted: after rescaling, the least trusted of the subtasks wins. */
  enum Mode { OPEN, COLLECTING, FILTERING }

  private final Predicate<String> knownTickers;
  private ListState<String> state;
  private Mode mode;
  private RuleIndex index;

  /** @param tickers the tickers rules may use, or null to accept any well-formed symbol (as the router) */
  public RuleInputFilter(TickerDirectory tickers) {
    this.knownTickers = tickers == null ? null : tickers::contains;
  }

  /** Restores the mode (from {@code CheckpointedFunction.initializeState}). */
  public void initialize(FunctionInitializationContext context, RulesStart start) throws Exception {
    state = context.getOperatorStateStore().getUnionListState(new ListStateDescriptor<>(STATE, Types.STRING));
    if (!context.isRestored()) {
      mode = start == RulesStart.IMMEDIATE ? Mode.FILTERING : Mode.COLLECTING;
      return;
    }
    Mode restored = null;
    for (String m : state.get()) {
      Mode each = Mode.valueOf(m);
      if (restored == null || each.ordinal() < restored.ordinal()) restored = each;
    }
    boolean rewritten = context.getRestoredCheckpointId().orElse(-1L) == STATE_PROCESSOR_CHECKPOINT_ID;
    mode = restored == null || rewritten ? Mode.OPEN : restored;
  }

  public void snapshot() throws Exception {
    state.update(List.of(mode.name()));
  }

  /**
   * Applies a rule event to the rules held ({@code rules}, this operator's broadcast state); returns
   * whether the filter starts filtering with it (the rules' catch-up marker).
   */
  public boolean apply(RuleEvent event, BroadcastState<String, RuleEvent> rules) throws Exception {
    if (RulesCatchUp.isMarker(event)) {
      if (mode != Mode.COLLECTING) return false;
      mode = Mode.FILTERING;
      return true;
    }
    RuleIndex idx = index(rules);
    RuleChange change = RuleBook.apply(rules, event, knownTickers);
    switch (change.kind()) {
      case STORED -> idx.put(change.rule());
      case REMOVED -> idx.remove(change.ruleId());
      case INVALID, STALE -> { }
    }
    return false;
  }

  /** Whether {@code update} may leave: some rule reads it, or the rules held may be incomplete. */
  public boolean emits(InputUpdate update, ReadOnlyBroadcastState<String, RuleEvent> rules) throws Exception {
    return mode != Mode.FILTERING || !index(rules).rulesFor(update).isEmpty();
  }

  /** Whether updates no rule reads are dropped (for tests and the log). */
  public boolean filtering() {
    return mode == Mode.FILTERING;
  }

  /** What the filter does, for the log; {@code rules} (the broadcast state) may be null unless filtering. */
  public String describe(ReadOnlyBroadcastState<String, RuleEvent> rules) throws Exception {
    return switch (mode) {
      case FILTERING -> "emits only the inputs of the " + index(rules).subjectCount() + " subjects that "
          + index(rules).ruleCount() + " rules read";
      case COLLECTING -> "emits every input until the rules of job start are in";
      case OPEN -> "emits every input: restored from a savepoint without its rules (a job before the filter, or"
          + " one written by the State Processor API); a start without state filters again";
    };
  }

  private RuleIndex index(ReadOnlyBroadcastState<String, RuleEvent> rules) throws Exception {
    if (index == null) index = RuleIndex.of(rules, knownTickers);
    return index;
  }
}
