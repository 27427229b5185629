package com.tweetrade.job.migrate;

import com.tweetrade.job.analytics.Descriptors;
import com.tweetrade.job.analytics.TrackedRules;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import org.apache.flink.state.api.functions.BroadcastStateBootstrapFunction;

/**
 * Fills the keyword fan-out's broadcast state {@code tracked-rules} the way the running job does
 * ({@link TrackedRules#apply}), so the fan-out reads the same keywords as the rules it serves.
 */
public class TrackedRulesBootstrapFunction extends BroadcastStateBootstrapFunction<RuleEvent> {
  @Override
  public void processElement(RuleEvent rule, Context ctx) throws Exception {
    TrackedRules.apply(ctx.getBroadcastState(Descriptors.TRACKED_RULES), rule, WindowSet.LIVE);
  }
}
