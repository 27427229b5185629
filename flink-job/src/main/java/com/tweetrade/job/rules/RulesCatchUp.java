package com.tweetrade.job.rules;

import com.tweetrade.model.rules.RuleEvent;

/**
 * The "rules caught up" marker: a rule event that {@link RulesCatchUpOperator} sends after every
 * rule that was on the rules topic at job start, and that never comes from the topic.
 *
 * <p>It is a DELETE of a reserved rule id, so an operator that does not know it applies it as a
 * no-op (a delete of a rule it does not hold). {@code RuleEventCheck} refuses that id on the topic.
 */
public final class RulesCatchUp {
  /** Reserved rule id: no user rule may carry it. */
  public static final String MARKER_ID = "tweetrade:rules-caught-up";

  public static final RuleEvent MARKER = RuleEvent.delete(MARKER_ID, "flink-job", 1, 0);

  /**
   * The marker when, besides, every rule event of the topic went out before it since the job first
   * started (a start without state, and restores of its checkpoints): the receivers' copies of the
   * rules are then complete. The plain {@link #MARKER} is the one repeated after a restore, or
   * after a restore of a job older than this marker. Both are the marker for {@link #isMarker}.
   */
  public static final RuleEvent MARKER_AFTER_EVERY_RULE =
      RuleEvent.delete(MARKER_ID, "flink-job", 2, 0);

  private RulesCatchUp() {}

  public static boolean isMarker(RuleEvent event) {
    return MARKER_ID.equals(event.ruleId());
  }

  /** Whether {@code event} is {@link #MARKER_AFTER_EVERY_RULE}. */
  public static boolean isMarkerAfterEveryRule(RuleEvent event) {
    return isMarker(event) && event.revision() == MARKER_AFTER_EVERY_RULE.revision();
  }
}
