package com.tweetrade.web.rules;

/**
 * The user has as many rules as allowed ({@code tweetrade.max-rules-per-user}); nothing was saved.
 */
public class RuleLimitException extends RuntimeException {
  RuleLimitException(int max) {
    super("You have " + max + " rules, the most allowed. Delete one to add another.");
  }
}
