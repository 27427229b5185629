package com.tweetrade.job.migrate;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.rules.RuleEvent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.fs.Path;
import org.apache.flink.state.api.SavepointWriterOperatorFactory;
import org.apache.flink.state.api.output.TaggedOperatorSubtaskState;
import org.apache.flink.streaming.api.operators.StreamOperator;

/**
 * Creates the {@link EvaluatorStateBootstrapOperator} that writes the evaluator's keyed and
 * broadcast state.
 */
public class EvaluatorStateWriterFactory implements SavepointWriterOperatorFactory, Serializable {
  private static final long serialVersionUID = 1L;
  // RuleEvent is not Serializable: the factory ships with the job graph, so it carries JSON.
  private final ArrayList<String> rules = new ArrayList<>();

  public EvaluatorStateWriterFactory(List<RuleEvent> rules) {
    for (RuleEvent rule : rules) this.rules.add(JsonCodec.RULE_EVENT.encodeToString(rule));
  }

  @Override
  public StreamOperator<TaggedOperatorSubtaskState> createOperator(
      long savepointTimestamp, Path savepointPath) {
    return new EvaluatorStateBootstrapOperator(savepointTimestamp, savepointPath, rules);
  }
}
