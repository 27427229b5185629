package com.tweetrade.job.rules;

import com.tweetrade.model.rules.Rule;

/**
 * What one rule event did to the rules held in broadcast state.
 *
 * @param kind the outcome
 * @param ruleId the rule concerned
 * @param rule the rule now held (for {@link Kind#STORED}), else null
 * @param reason why the event was refused (for {@link Kind#INVALID}), else null
 */
public record RuleChange(Kind kind, String ruleId, Rule rule, String reason) {

  /** Outcomes of a rule event. */
  public enum Kind {
    /** The rule was created, updated, paused or resumed. */
    STORED,
    /** The rule was deleted. */
    REMOVED,
    /** Not newer than the revision held (a replay or a duplicate): ignored. */
    STALE,
    /** Does not compile or is not supported: ignored, the previous revision (if any) stays. */
    INVALID
  }

  static RuleChange stored(Rule rule) {
    return new RuleChange(Kind.STORED, rule.id(), rule, null);
  }

  static RuleChange of(Kind kind, String ruleId) {
    return new RuleChange(kind, ruleId, null, null);
  }

  static RuleChange invalid(String ruleId, String reason) {
    return new RuleChange(Kind.INVALID, ruleId, null, reason);
  }
}
