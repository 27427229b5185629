package com.tweetrade.web.rules;

/** The rule changed (e.g. in another tab) since it was read; reload and retry. */
public class ConcurrentRuleChangeException extends RuntimeException {
  ConcurrentRuleChangeException(String ruleId) {
    super("rule " + ruleId + " was changed elsewhere; reload it and try again");
  }
}
