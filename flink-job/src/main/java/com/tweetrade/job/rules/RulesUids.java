package com.tweetrade.job.rules;

/**
 * Operator uids of the rules part. They key operator state in savepoints (the State Processor API
 * finds the rules by {@link #EVALUATE_RULES}): never change one after it has been deployed.
 */
public final class RulesUids {
  /** Rule inputs on every quote and pane close ({@code PriceInputsFunction}); replaced the stateless {@code price-rule-inputs}. */
  public static final String PRICE_INPUTS = "live-price-inputs";
  /** Rule inputs on every mention and pane close ({@code SentimentInputsFunction}). */
  public static final String SENTIMENT_INPUTS = "live-sentiment-inputs";
  public static final String MARKET_PRICE = "market-price";
  public static final String ROUTE_TO_RULES = "route-to-rules";
  public static final String EVALUATE_RULES = "evaluate-rules";
  public static final String PAPER_TRADING = "paper-trading";

  private RulesUids() {}
}
