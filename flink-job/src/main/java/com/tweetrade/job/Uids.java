package com.tweetrade.job;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every operator uid of the job, the one registry. A uid keys its operator's state in savepoints
 * (the State Processor API finds the rules by {@link #EVALUATE_RULES}): never change one after it
 * has been deployed. {@code UidRegistryTest} checks that the built graph uses exactly these.
 */
public final class Uids {
  // Sources (job.io)
  public static final String QUOTES_SOURCE = "quotes-kafka-source";
  public static final String TWEETS_SOURCE = "tweets-kafka-source";
  public static final String RULES_SOURCE = "rules-kafka-source";
  public static final String RULES_AT_START_SOURCE = "rules-at-start-kafka-source";
  public static final String ORDER_COMMANDS_SOURCE = "order-commands-kafka-source";
  public static final String ACCOUNTS_SOURCE = "accounts-kafka-source";

  // Analytics: routing, panes, windows of prices and sentiment
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

  // Rules: live inputs, routing, evaluation; trading: market price, paper trading
  /**
   * Rule inputs on every quote and pane close ({@code PriceInputsFunction}); replaced the stateless
   * {@code price-rule-inputs}. Since the rules reach it too (broadcast), a second input, same uid
   * and keyed state.
   */
  public static final String PRICE_INPUTS = "live-price-inputs";

  /**
   * Rule inputs on every mention and pane close ({@code SentimentInputsFunction}); the rules its
   * second input.
   */
  public static final String SENTIMENT_INPUTS = "live-sentiment-inputs";

  /**
   * The rules as the rule inputs get them, without event time ({@code WithoutEventTimeOperator}).
   */
  public static final String RULES_FOR_RULE_INPUTS = "rules-for-rule-inputs";

  public static final String ROUTE_TO_RULES = "route-to-rules";
  public static final String EVALUATE_RULES = "evaluate-rules";

  /** Well-formed order commands as cancel requests for the order book ({@code CancelRequests}). */
  public static final String ROUTE_ORDER_COMMANDS = "route-order-commands";

  /**
   * Account settings checked ({@code AccountSettingsCheck}): usable ones to paper trading, the rest
   * to the dead letters.
   */
  public static final String ROUTE_ACCOUNTS = "route-accounts";

  /** The order book of each ticker: prices market orders, keeps resting orders. Never renamed. */
  public static final String MARKET_PRICE = "market-price";

  /**
   * The paper account of each user ({@code PaperTradingFunction}). Since per-user capital, account
   * settings reach it as a second input: same uid and keyed state, so savepoints restore.
   */
  public static final String PAPER_TRADING = "paper-trading";

  /** Revalues open positions at the quotes of their ticker ({@code MarkToMarketFunction}). */
  public static final String MARK_TO_MARKET = "mark-to-market";

  /** Cash plus market value per user ({@code EquityFunction}). */
  public static final String EQUITY = "equity";

  // Sinks (job.io)
  public static final String PRICE_AGGREGATES_KAFKA_SINK = "price-aggregates-kafka-sink";
  public static final String PRICE_CASSANDRA_ROWS = "price-cassandra-rows";
  public static final String PRICE_CASSANDRA_SINK = "price-cassandra-sink";
  public static final String SENTIMENT_AGGREGATES_KAFKA_SINK = "sentiment-aggregates-kafka-sink";
  public static final String SENTIMENT_CASSANDRA_ROWS = "sentiment-cassandra-rows";
  public static final String SENTIMENT_CASSANDRA_SINK = "sentiment-cassandra-sink";
  public static final String DEAD_LETTERS_KAFKA_SINK = "dead-letters-kafka-sink";
  public static final String TRADES_KAFKA_SINK = "trades-kafka-sink";
  public static final String TRADE_CASSANDRA_ROWS = "trade-cassandra-rows";
  public static final String TRADES_CASSANDRA_SINK = "trades-cassandra-sink";
  public static final String POSITIONS_KAFKA_SINK = "positions-kafka-sink";
  public static final String POSITION_CASSANDRA_ROWS = "position-cassandra-rows";
  public static final String POSITIONS_CASSANDRA_SINK = "positions-cassandra-sink";
  public static final String EQUITY_CASSANDRA_ROWS = "equity-cassandra-rows";
  public static final String EQUITY_CASSANDRA_SINK = "equity-cassandra-sink";
  public static final String OPEN_ORDER_CASSANDRA_ROWS = "open-order-cassandra-rows";
  public static final String OPEN_ORDERS_CASSANDRA_SINK = "open-orders-cassandra-sink";

  /** Alerts of NOTIFY rules to the alerts topic, exactly once ({@code AlertSinks}). */
  public static final String ALERTS_KAFKA_SINK = "alerts-kafka-sink";

  public static final String NOTIFICATION_CASSANDRA_ROWS = "notification-cassandra-rows";
  public static final String NOTIFICATIONS_CASSANDRA_SINK = "notifications-cassandra-sink";

  private Uids() {}

  /** Every uid above. */
  public static Set<String> all() {
    Set<String> all = new TreeSet<>();
    for (Field f : Uids.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        try {
          all.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return all;
  }
}
