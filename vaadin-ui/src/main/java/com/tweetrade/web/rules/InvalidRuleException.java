package com.tweetrade.web.rules;

import com.tweetrade.model.rules.RuleParseException;

/** A rule text was refused by the parser; nothing was saved. */
public class InvalidRuleException extends RuntimeException {
  private final transient RuleParseException parseError;

  InvalidRuleException(RuleParseException parseError) {
    super(parseError.getMessage(), parseError);
    this.parseError = parseError;
  }

  public RuleParseException parseError() {
    return parseError;
  }
}
