package com.tweetrade.job.migrate;

import com.tweetrade.job.rules.InputValue;
import com.tweetrade.job.rules.RuleProgress;
import com.tweetrade.job.rules.RulesDescriptors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;

/**
 * The evaluator's keyed states of the current rule, as the savepoint reader ({@link
 * EvaluatorStateReaderFunction}) and the bootstrap of a new savepoint ({@link
 * EvaluatorStateBootstrapFunction}) both open them: through the evaluator's own descriptors.
 */
final class EvaluatorStates {
  private final ValueState<Map<String, InputValue>> values;
  private final MapState<Long, Map<String, InputValue>> pending;
  private final ValueState<RuleProgress> progress;

  EvaluatorStates(RuntimeContext context) {
    values = context.getState(RulesDescriptors.INPUTS);
    pending = context.getMapState(RulesDescriptors.PENDING_UPDATES);
    progress = context.getState(RulesDescriptors.PROGRESS);
  }

  /** The current rule's state, with {@code timers} as its event-time timers. */
  EvaluatorKeyState read(String ruleId, Iterable<Long> timers) throws Exception {
    EvaluatorKeyState state = new EvaluatorKeyState();
    state.ruleId = ruleId;
    state.inputValues = values.value();
    Map<Long, Map<String, InputValue>> waiting = new HashMap<>();
    for (Map.Entry<Long, Map<String, InputValue>> e : pending.entries())
      waiting.put(e.getKey(), e.getValue());
    state.pendingInputs = waiting;
    state.progress = progress.value();
    state.eventTimers = new ArrayList<>();
    timers.forEach(state.eventTimers::add);
    return state;
  }

  /** Writes {@code state} as the current rule's state (not its timers). */
  void write(EvaluatorKeyState state) throws Exception {
    if (state.inputValues != null) values.update(state.inputValues);
    if (state.pendingInputs != null) pending.putAll(state.pendingInputs);
    if (state.progress != null) progress.update(state.progress);
  }
}
