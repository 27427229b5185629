package com.tweetrade.job.functions;

import com.tweetrade.model.rules.RuleEvent;

/**
 * The "rules caught up" marker: a rule event that {@link RulesCatchUpOperator} sends after every rule
 * that was on the rules topic at job start, and that never comes from the topic.
 *
 * <p>It is a DELETE of a reserved rule id, so an operator that does not know it applies it as a no-op
 * (a delete of a rule it does not hold). {@link RuleEventCheck} refuses that id on the topic.
 */
public final class RulesCatchUp {
  /** Reserved rule id: no user rule may carry it. */
  public static final String MARKER_ID = "tweetrade:rules-caught-up";
  public static final RuleEvent MARKER = RuleEvent.delete(MARKER_ID, "flink-job", 1, 0);

  private RulesCatchUp() {}

  public static boolean isMarker(RuleEvent event) {
    return MARKER_ID.equals(event.ruleId());
  }
}
