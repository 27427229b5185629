package com.tweetrade.job.rules;

/**
 * Operator uids of the rules part. They key operator state in savepoints (the State Processor API
 * finds the rules by {@link #EVALUATE_RULES}): never change one after it has been deployed.
 */
public final class RulesUids {
  public static final String PRICE_INPUTS = "price-rule-inputs";
  public static final String SENTIMENT_INPUTS = "sentiment-rule-inputs";
  public static final String ROUTE_TO_RULES = "route-to-rules";
  public static final String EVALUATE_RULES = "evaluate-rules";
  public static final String PAPER_TRADING = "paper-trading";

  private RulesUids() {}
}
