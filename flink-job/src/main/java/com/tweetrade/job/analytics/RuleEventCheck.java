package com.tweetrade.job.analytics;

import com.tweetrade.job.rules.RulesCatchUp;
import com.tweetrade.model.rules.RuleEvent;

/**
 * A rule event is usable when it names its rule (not the reserved {@link RulesCatchUp#MARKER_ID})
 * and type, and carries text unless it deletes.
 */
public class RuleEventCheck implements EventCheck<RuleEvent> {
  private static final long serialVersionUID = 1L;

  @Override
  public String problem(RuleEvent e) {
    if (e.ruleId() == null || e.ruleId().isBlank()) return "rule event without ruleId";
    if (RulesCatchUp.isMarker(e)) return "rule id " + e.ruleId() + " is reserved";
    if (e.type() == null) return "rule event without type";
    if (e.revision() <= 0) return "rule revision must be positive, was " + e.revision();
    if (e.type() != RuleEvent.Type.DELETE && (e.text() == null || e.text().isBlank())) {
      return e.type() + " rule event without text";
    }
    return null;
  }
}
