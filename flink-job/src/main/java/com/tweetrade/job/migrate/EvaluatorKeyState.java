package com.tweetrade.job.migrate;

import com.tweetrade.job.rules.InputValue;
import com.tweetrade.job.rules.RuleProgress;
import com.tweetrade.job.rules.RulesTypes;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * All keyed state of one rule in the evaluator ({@code evaluate-rules}), with its event-time
 * timers: what a migration carries over when it rewrites that operator's broadcast rules.
 */
public class EvaluatorKeyState {
  public static final TypeInformation<EvaluatorKeyState> TYPE =
      Types.POJO(
          EvaluatorKeyState.class,
          Map.of(
              "ruleId", Types.STRING,
              "inputValues", RulesTypes.INPUTS,
              "pendingInputs", Types.MAP(Types.LONG, RulesTypes.INPUTS),
              "progress", RulesTypes.RULE_PROGRESS,
              "eventTimers", Types.LIST(Types.LONG)));

  public String ruleId;
  public Map<String, InputValue> inputValues;
  public Map<Long, Map<String, InputValue>> pendingInputs;
  public RuleProgress progress;
  public List<Long> eventTimers;

  public EvaluatorKeyState() {}

  public String getRuleId() {
    return ruleId;
  }
}
