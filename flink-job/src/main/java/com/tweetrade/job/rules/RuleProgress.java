package com.tweetrade.job.rules;

import com.tweetrade.model.rules.TriggerState;

/**
 * Where a rule's trigger stands, and for which definition: when the rule's text changes, the
 * trigger starts again from its initial state.
 *
 * @param definition canonical text of the rule the trigger state belongs to
 * @param trigger the trigger's memory between evaluations
 */
public record RuleProgress(String definition, TriggerState trigger) {}
