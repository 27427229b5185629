package com.tweetrade.job.migrate;

import com.tweetrade.job.rules.InputValue;
import com.tweetrade.job.rules.RuleProgress;
import com.tweetrade.job.rules.RulesDescriptors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.state.api.functions.KeyedStateReaderFunction;
import org.apache.flink.util.Collector;

/** Reads every rule's keyed state and timers out of the evaluator of a savepoint. */
public class EvaluatorStateReaderFunction
    extends KeyedStateReaderFunction<String, EvaluatorKeyState> {
  private transient ValueState<Map<String, InputValue>> values;
  private transient MapState<Long, Map<String, InputValue>> pending;
  private transient ValueState<RuleProgress> progress;

  @Override
  public void open(Configuration parameters) {
    values = getRuntimeContext().getState(RulesDescriptors.INPUTS);
    pending = getRuntimeContext().getMapState(RulesDescriptors.PENDING_UPDATES);
    progress = getRuntimeContext().getState(RulesDescriptors.PROGRESS);
  }

  @Override
  public void readKey(String ruleId, Context ctx, Collector<EvaluatorKeyState> out)
      throws Exception {
    EvaluatorKeyState state = new EvaluatorKeyState();
    state.ruleId = ruleId;
    state.inputValues = values.value();
    Map<Long, Map<String, InputValue>> waiting = new HashMap<>();
    for (Map.Entry<Long, Map<String, InputValue>> e : pending.entries())
      waiting.put(e.getKey(), e.getValue());
    state.pendingInputs = waiting;
    state.progress = progress.value();
    state.eventTimers = new ArrayList<>(ctx.registeredEventTimeTimers());
    out.collect(state);
  }
}
