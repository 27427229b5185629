package com.tweetrade.job.io;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.Alert;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.OrderCommand;
import com.tweetrade.model.Position;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Trade;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Where the job's inputs come from and its outputs go: Kafka and Cassandra in production ({@link
 * KafkaCassandraIo}), anything else in tests.
 *
 * <p>Sources return decoded records with event-time timestamps and watermarks already assigned.
 */
public interface JobIo {
  DataStream<Decoded<Quote>> quotes(StreamExecutionEnvironment env);

  DataStream<Decoded<Tweet>> tweets(StreamExecutionEnvironment env);

  /** Rule events from the start of the rules topic, forever (unless the run is bounded). */
  DataStream<Decoded<RuleEvent>> rules(StreamExecutionEnvironment env);

  /**
   * Rule events from the start of the rules topic to its end at job start, then the source
   * finishes: tells the job when the rules of job start are all in ({@code RulesCatchUpOperator}).
   */
  DataStream<Decoded<RuleEvent>> rulesAtStart(StreamExecutionEnvironment env);

  void writePrices(DataStream<PriceAggregate> prices) throws Exception;

  void writeSentiments(DataStream<SentimentAggregate> sentiments) throws Exception;

  void writeDeadLetters(DataStream<DeadLetter> deadLetters);

  /** Trades fired by rules (FILLED or REJECTED); exactly once in production. */
  void writeTrades(DataStream<Trade> trades) throws Exception;

  /** Paper-trading positions after each fill and at the quotes of their ticker. */
  void writePositions(DataStream<Position> positions) throws Exception;

  /** Each user's paper account (cash, market value, equity) after every change. */
  void writeEquity(DataStream<EquityPoint> equity) throws Exception;

  /** Alerts of {@code NOTIFY} rules; exactly once in production, like trades. */
  void writeAlerts(DataStream<Alert> alerts) throws Exception;

  /** Requests to cancel resting orders (timestamp {@code Long.MAX_VALUE}), or null for none. */
  default DataStream<Decoded<OrderCommand>> orderCommands(StreamExecutionEnvironment env) {
    return null;
  }

  /**
   * Users' account settings (timestamp {@code Long.MAX_VALUE}), or null for none: every account
   * then opens with the job's {@code --starting-capital}.
   */
  default DataStream<Decoded<AccountSettings>> accountSettings(StreamExecutionEnvironment env) {
    return null;
  }

  /** The order book's changes of resting orders; by default not written. */
  default void writeOpenOrders(DataStream<OpenOrder> changes) throws Exception {}
}
