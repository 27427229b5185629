package com.tweetrade.job.migrate;

import com.tweetrade.job.rules.RulesDescriptors;
import com.tweetrade.model.rules.RuleEvent;
import org.apache.flink.state.api.functions.BroadcastStateBootstrapFunction;

/** Fills the router's broadcast state {@code rules}: rule id to the rule's latest event. */
public class RulesBroadcastBootstrapFunction extends BroadcastStateBootstrapFunction<RuleEvent> {
  @Override
  public void processElement(RuleEvent rule, Context ctx) throws Exception {
    ctx.getBroadcastState(RulesDescriptors.RULES).put(rule.ruleId(), rule);
  }
}
