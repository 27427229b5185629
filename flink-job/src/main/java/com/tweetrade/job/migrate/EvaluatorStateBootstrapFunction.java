package com.tweetrade.job.migrate;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.state.api.functions.KeyedStateBootstrapFunction;

/** Writes one rule's keyed state and timers back into the evaluator of a new savepoint. */
public class EvaluatorStateBootstrapFunction
    extends KeyedStateBootstrapFunction<String, EvaluatorKeyState> {
  private transient EvaluatorStates states;

  @Override
  public void open(OpenContext openContext) {
    states = new EvaluatorStates(getRuntimeContext());
  }

  @Override
  public void processElement(EvaluatorKeyState state, Context ctx) throws Exception {
    states.write(state);
    // Pending inputs are evaluated by their timers: without them they would wait forever.
    if (state.eventTimers != null) {
      for (long t : state.eventTimers) ctx.timerService().registerEventTimeTimer(t);
    }
  }
}
