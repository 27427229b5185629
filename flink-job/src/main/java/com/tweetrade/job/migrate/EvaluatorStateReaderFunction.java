package com.tweetrade.job.migrate;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.state.api.functions.KeyedStateReaderFunction;
import org.apache.flink.util.Collector;

/** Reads every rule's keyed state and timers out of the evaluator of a savepoint. */
public class EvaluatorStateReaderFunction
    extends KeyedStateReaderFunction<String, EvaluatorKeyState> {
  private transient EvaluatorStates states;

  @Override
  public void open(Configuration parameters) {
    states = new EvaluatorStates(getRuntimeContext());
  }

  @Override
  public void readKey(String ruleId, Context ctx, Collector<EvaluatorKeyState> out)
      throws Exception {
    out.collect(states.read(ruleId, ctx.registeredEventTimeTimers()));
  }
}
