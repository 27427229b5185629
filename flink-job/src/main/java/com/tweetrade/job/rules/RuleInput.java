package com.tweetrade.job.rules;

import java.util.Map;

/**
 * An {@link InputUpdate} routed to one rule that reads it: the keyed wrapper of the broadcast pattern.
 *
 * @param ruleId the dependent rule, the key of the evaluation
 * @param eventTime the update's event time
 * @param values input key to value, as in the update
 */
public record RuleInput(String ruleId, long eventTime, Map<String, Double> values) {}
