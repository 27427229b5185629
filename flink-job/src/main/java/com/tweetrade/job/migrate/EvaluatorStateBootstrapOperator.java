package com.tweetrade.job.migrate;

import com.tweetrade.job.rules.RulesDescriptors;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.rules.RuleEvent;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.core.fs.Path;
import org.apache.flink.state.api.output.operators.KeyedStateBootstrapOperator;

/**
 * Bootstraps the evaluator's keyed state (through {@link EvaluatorStateBootstrapFunction}) AND its
 * broadcast rules in one operator.
 *
 * <p>Why: the State Processor API replaces an operator's state as a whole, and its stock keyed and
 * broadcast bootstrap operators each write only one kind. The evaluator holds both, so this
 * operator writes the rules into every subtask's broadcast state when it opens, next to the keyed
 * state.
 */
public class EvaluatorStateBootstrapOperator
    extends KeyedStateBootstrapOperator<String, EvaluatorKeyState> {
  // Operators are serialized with the job graph; RuleEvent is not Serializable, its JSON is.
  private final ArrayList<String> rules = new ArrayList<>();

  /**
   * @param rulesJson the rules as {@code JsonCodec.RULE_EVENT} JSON
   */
  public EvaluatorStateBootstrapOperator(
      long timestamp, Path savepointPath, List<String> rulesJson) {
    super(timestamp, savepointPath, new EvaluatorStateBootstrapFunction());
    rules.addAll(rulesJson);
  }

  @Override
  public void open() throws Exception {
    super.open();
    BroadcastState<String, RuleEvent> state =
        getOperatorStateBackend().getBroadcastState(RulesDescriptors.RULES);
    for (String json : rules) {
      RuleEvent rule = JsonCodec.RULE_EVENT.decode(json);
      state.put(rule.ruleId(), rule);
    }
  }
}
