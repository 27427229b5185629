package com.tweetrade.web.rules;

/** No such rule for this owner (or it is deleted). */
public class RuleNotFoundException extends RuntimeException {
  RuleNotFoundException(String owner, String ruleId) {
    super("no rule " + ruleId + " of " + owner);
  }
}
