package com.tweetrade.job.rules;

/** When the operators that join data with rules may start using the data. */
public enum RulesStart {
  /**
   * At once: the rules stream carries no catch-up marker (in-memory tests and benchmarks, which
   * order their inputs themselves). Data that arrives before its rules is used without them.
   */
  IMMEDIATE,
  /**
   * After the rules stream's {@link RulesCatchUp#MARKER}: data that arrives earlier is held, in
   * checkpointed state, and used once every rule that existed at job start is in place.
   */
  AFTER_CATCH_UP
}
