package com.tweetrade.job;

/**
 * Operator uids of the analytics graph. They key operator state in savepoints: never change one
 * after it has been deployed. Sources and sinks keep theirs next to them in {@code job.io}.
 */
public final class Uids {
  public static final String ROUTE_QUOTES = "route-quotes";
  public static final String ROUTE_TWEETS = "route-tweets";
  public static final String ROUTE_RULES = "route-rules";
  public static final String ROUTE_RULES_AT_START = "route-rules-at-start";
  public static final String RULES_CATCH_UP = "rules-catch-up";
  public static final String PRICE_PANES = "price-panes";
  public static final String PRICE_WINDOWS = "price-windows";
  public static final String SCORE_TWEETS = "score-tweets";
  public static final String KEYWORD_FAN_OUT = "keyword-fan-out";
  public static final String SENTIMENT_PANES = "sentiment-panes";
  public static final String SENTIMENT_WINDOWS = "sentiment-windows";
  public static final String LATE_QUOTES = "late-quotes";
  public static final String LATE_MENTIONS = "late-mentions";
  public static final String COUNT_DEAD_LETTERS = "count-dead-letters";

  private Uids() {}
}
