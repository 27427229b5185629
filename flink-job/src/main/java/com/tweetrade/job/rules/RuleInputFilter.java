package com.tweetrade.job.rules;

import com.tweetrade.model.WindowSet;
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
 * Which rule inputs leave the operator that makes them: only updates that the router would send to
 * at least one rule ({@link RuleIndex#rulesFor(InputUpdate)}, the router's own decision, on the
 * same rule events applied by the same {@link RuleBook#apply}). With ~3,200 tickers and rules on a
 * few of them, the ticks of every other ticker were serialized and sent to the router only to be
 * dropped there.
 *
 * <p>It never drops an update unless it holds every rule: the rule inputs keep their rule events in
 * broadcast state ({@link RulesDescriptors#RULES}, checkpointed) and a mode in union operator state
 * ({@link #STATE}). {@code COLLECTING} (every update leaves) from a start without that state, until
 * {@link RulesCatchUp#MARKER_AFTER_EVERY_RULE}: Rules Catch-Up sends it when every rule event of
 * the topic went out since the job first started without state, so a copy collected from that start
 * is complete; from then on {@code FILTERING}. A job restored from a savepoint of a job before the
 * filter gets the plain marker (the rules are not read again) and keeps collecting, emitting
 * everything as before. {@code OPEN} (every update leaves; the rules are kept only for the
 * indicators to compute) without a marker to wait for ({@link RulesStart#IMMEDIATE}), and when
 * restored from a savepoint the State Processor API wrote ({@code bin/tweetrade migrate} rewrites
 * the router's rules, not this copy, which may then be older). Both are kept in later checkpoints:
 * only a start without state, where the rules are read from the topic's beginning, makes such a job
 * filter.
 *
 * <p>Whether the job was restored cannot be asked: Flink reports an operator without state in the
 * restored savepoint as not restored. Hence the marker, which says what the rules stream holds.
 */
public final class RuleInputFilter {
  /** Operator state name: part of savepoints. */
  public static final String STATE = "rule-input-filter";

  /**
   * The checkpoint id of every savepoint the State Processor API writes ({@code
   * SnapshotUtils.CHECKPOINT_ID}).
   */
  static final long STATE_PROCESSOR_CHECKPOINT_ID = 0L;

  /**
   * Ordered from the least to the most trusted: after rescaling, the least trusted of the subtasks
   * wins.
   */
  enum Mode {
    OPEN,
    COLLECTING,
    FILTERING
  }

  private final Predicate<String> knownTickers;
  private final WindowSet windows;
  private ListState<String> state;
  private Mode mode;
  private RuleIndex index;

  /**
   * @param tickers the tickers rules may use, or null to accept any well-formed symbol (as the
   *     router)
   */
  public RuleInputFilter(TickerDirectory tickers, WindowSet windows) {
    this.knownTickers = tickers == null ? null : tickers::contains;
    this.windows = windows;
  }

  /** Restores the mode (from {@code CheckpointedFunction.initializeState}). */
  public void initialize(FunctionInitializationContext context, RulesStart start) throws Exception {
    state =
        context
            .getOperatorStateStore()
            .getUnionListState(new ListStateDescriptor<>(STATE, Types.STRING));
    Mode restored = null;
    for (String m : state.get()) {
      Mode each = Mode.valueOf(m);
      if (restored == null || each.ordinal() < restored.ordinal()) restored = each;
    }
    boolean rewritten =
        restored != null
            && context.getRestoredCheckpointId().orElse(-1L) == STATE_PROCESSOR_CHECKPOINT_ID;
    if (start == RulesStart.IMMEDIATE || rewritten) mode = Mode.OPEN;
    else mode = restored == null ? Mode.COLLECTING : restored;
  }

  public void snapshot() throws Exception {
    state.update(List.of(mode.name()));
  }

  /**
   * Applies a rule event to the rules held ({@code rules}, this operator's broadcast state);
   * returns whether the filter starts filtering with it (the rules' catch-up marker).
   */
  public boolean apply(RuleEvent event, BroadcastState<String, RuleEvent> rules) throws Exception {
    // OPEN never filters, but still keeps the rules: the indicators to compute come from them.
    if (RulesCatchUp.isMarker(event)) {
      if (mode != Mode.COLLECTING || !RulesCatchUp.isMarkerAfterEveryRule(event)) return false;
      mode = Mode.FILTERING;
      return true;
    }
    RuleIndex idx = index(rules);
    RuleChange change = RuleBook.apply(rules, event, knownTickers, windows);
    switch (change.kind()) {
      case STORED -> idx.put(change.rule());
      case REMOVED -> idx.remove(change.ruleId());
      case INVALID, STALE -> {}
    }
    return false;
  }

  /** Whether {@code update} may leave: some rule reads it, or the rules held may be incomplete. */
  public boolean emits(InputUpdate update, ReadOnlyBroadcastState<String, RuleEvent> rules)
      throws Exception {
    return mode != Mode.FILTERING || !index(rules).rulesFor(update).isEmpty();
  }

  /**
   * The indicator keys of {@code ticker} ({@code ema:TSLA:12}) that the rules held read: the ones
   * worth computing (in every mode: an indicator is state, not just an update to drop).
   */
  public java.util.Set<String> indicators(
      String ticker, ReadOnlyBroadcastState<String, RuleEvent> rules) throws Exception {
    return index(rules).indicatorsOf(ticker);
  }

  /** Whether updates no rule reads are dropped (for tests and the log). */
  public boolean filtering() {
    return mode == Mode.FILTERING;
  }

  /**
   * What the filter does, for the log; {@code rules} (the broadcast state) may be null unless
   * filtering.
   */
  public String describe(ReadOnlyBroadcastState<String, RuleEvent> rules) throws Exception {
    return switch (mode) {
      case FILTERING ->
          "emits only the inputs of the "
              + index(rules).subjectCount()
              + " subjects that "
              + index(rules).ruleCount()
              + " rules read";
      case COLLECTING ->
          "emits every input until every rule since the job's first start is in (restored from a"
              + " savepoint of a job before the filter: until a start without state)";
      case OPEN ->
          "emits every input: no catch-up marker to wait for, or restored from a savepoint the"
              + " State Processor API wrote (bin/tweetrade migrate); a start without state filters"
              + " again";
    };
  }

  private RuleIndex index(ReadOnlyBroadcastState<String, RuleEvent> rules) throws Exception {
    if (index == null) index = RuleIndex.of(rules, knownTickers, windows);
    return index;
  }
}
