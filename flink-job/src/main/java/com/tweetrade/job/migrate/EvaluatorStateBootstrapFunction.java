package com.tweetrade.job.migrate;

import com.tweetrade.job.rules.InputValue;
import com.tweetrade.job.rules.RuleProgress;
import com.tweetrade.job.rules.RulesDescriptors;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.state.api.functions.KeyedStateBootstrapFunction;

/** Writes one rule's keyed state and timers back into the evaluator of a new savepoint. */
public class EvaluatorStateBootstrapFunction
    extends KeyedStateBootstrapFunction<String, EvaluatorKeyState> {
  private transient ValueState<Map<String, InputValue>> values;
  private transient MapState<Long, Map<String, InputValue>> pending;
  private transient ValueState<RuleProgress> progress;

  @Override
  public void open(OpenContext openContext) {
    values = getRuntimeContext().getState(RulesDescriptors.INPUTS);
    pending = getRuntimeContext().getMapState(RulesDescriptors.PENDING_UPDATES);
    progress = getRuntimeContext().getState(RulesDescriptors.PROGRESS);
  }

  @Override
  public void processElement(EvaluatorKeyState state, Context ctx) throws Exception {
    if (state.inputValues != null) values.update(state.inputValues);
    if (state.pendingInputs != null) pending.putAll(state.pendingInputs);
    if (state.progress != null) progress.update(state.progress);
    // Pending inputs are evaluated by their timers: without them they would wait forever.
    if (state.eventTimers != null) {
      for (long t : state.eventTimers) ctx.timerService().registerEventTimeTimer(t);
    }
  }
}
