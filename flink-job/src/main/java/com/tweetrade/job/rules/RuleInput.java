package com.tweetrade.job.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An {@link InputUpdate} routed to one rule that reads it: the keyed wrapper of the broadcast
 * pattern.
 *
 * @param ruleId the dependent rule, the key of the evaluation
 * @param eventTime the update's event time
 * @param values input key to value, as in the update
 * @param closed see {@link InputUpdate#closed()}
 * @param trigger see {@link InputUpdate#trigger()}
 * @param newestEventTime see {@link InputUpdate#newestEventTime()}
 */
public record RuleInput(
    String ruleId,
    long eventTime,
    Map<String, Double> values,
    boolean closed,
    String trigger,
    long newestEventTime) {

  /** {@code update} for rule {@code ruleId}. */
  public static RuleInput of(String ruleId, InputUpdate update) {
    return new RuleInput(
        ruleId,
        update.eventTime(),
        update.values(),
        update.closed(),
        update.trigger(),
        update.newestEventTime());
  }

  /**
   * {@code update} for rule {@code ruleId} with only the values of {@code keys} (the rule's own
   * inputs): what crosses the network to the evaluation and stays in its state.
   */
  public static RuleInput of(String ruleId, InputUpdate update, Set<String> keys) {
    Map<String, Double> values = new HashMap<>(keys.size() * 2);
    for (String key : keys) {
      Double v = update.values().get(key);
      if (v != null) values.put(key, v);
    }
    return new RuleInput(
        ruleId,
        update.eventTime(),
        values,
        update.closed(),
        update.trigger(),
        update.newestEventTime());
  }

  /** A close update whose newest event is just before {@code eventTime}: what tests build. */
  public RuleInput(String ruleId, long eventTime, Map<String, Double> values) {
    this(ruleId, eventTime, values, true, "close:" + eventTime, eventTime - 1);
  }
}
