package com.tweetrade.model;

/**
 * Names of the Kafka topics that make up TweeTrade's wire contract.
 *
 * <p>Every producer and consumer uses these constants; the local stack creates the topics with the
 * partitions and retention described in the README.
 */
public final class Topics {
  /** Quotes from the simulator, keyed by ticker, JSON {@link Quote}. */
  public static final String QUOTES = "quotes";

  /** Tweets from the ingestor, keyed by tweet id, JSON {@link Tweet}. */
  public static final String TWEETS = "tweets";

  /**
   * Rule changes, keyed by rule id, compacted, JSON {@link com.tweetrade.model.rules.RuleEvent}.
   */
  public static final String RULES = "rules";

  /** Trades fired by rules, keyed by rule id, JSON {@link Trade}; written exactly once. */
  public static final String TRADES = "trades";

  /**
   * Windowed price and sentiment aggregates for the dashboard, keyed {@code price:TSLA:5m} or
   * {@code sentiment:tesla:5m}, JSON {@link PriceAggregate} or {@link SentimentAggregate} (header
   * {@code type}).
   */
  public static final String AGGREGATES = "aggregates";

  /**
   * The latest position and P&amp;L of a user in a ticker, keyed {@code user/ticker}, compacted,
   * JSON {@link Position}.
   */
  public static final String POSITIONS = "positions";

  /**
   * Alerts raised by rules ({@code NOTIFY}), keyed by user id, JSON {@link Alert}; written exactly
   * once. The notifier delivers them to webhooks.
   */
  public static final String ALERTS = "alerts";

  /**
   * Requests to cancel resting orders, from the web UI to the job, keyed by ticker, JSON {@link
   * OrderCommand}.
   */
  public static final String ORDER_COMMANDS = "order-commands";

  /**
   * Each user's paper-account settings (the starting capital), from the web UI to the job, keyed by
   * user id, compacted (the latest per user), JSON {@link AccountSettings}.
   */
  public static final String ACCOUNTS = "accounts";

  /**
   * Anything malformed, late or future-dated, keyed by the input's position, with its reason: JSON
   * {@link DeadLetter}.
   */
  public static final String DEAD_LETTERS = "dead-letters";

  private Topics() {}
}
