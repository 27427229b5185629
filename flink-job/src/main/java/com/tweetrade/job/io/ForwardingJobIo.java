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
 * A {@link JobIo} that hands every input and output to another: the base of decorators that change
 * one of them (a test that fails the job at a quote, the bench's paced quotes) and keep the rest.
 */
public abstract class ForwardingJobIo implements JobIo {
  private final JobIo delegate;

  protected ForwardingJobIo(JobIo delegate) {
    this.delegate = delegate;
  }

  @Override
  public DataStream<Decoded<Quote>> quotes(StreamExecutionEnvironment env) {
    return delegate.quotes(env);
  }

  @Override
  public DataStream<Decoded<Tweet>> tweets(StreamExecutionEnvironment env) {
    return delegate.tweets(env);
  }

  @Override
  public DataStream<Decoded<RuleEvent>> rules(StreamExecutionEnvironment env) {
    return delegate.rules(env);
  }

  @Override
  public DataStream<Decoded<RuleEvent>> rulesAtStart(StreamExecutionEnvironment env) {
    return delegate.rulesAtStart(env);
  }

  @Override
  public void writePrices(DataStream<PriceAggregate> prices) throws Exception {
    delegate.writePrices(prices);
  }

  @Override
  public void writeSentiments(DataStream<SentimentAggregate> sentiments) throws Exception {
    delegate.writeSentiments(sentiments);
  }

  @Override
  public void writeDeadLetters(DataStream<DeadLetter> deadLetters) {
    delegate.writeDeadLetters(deadLetters);
  }

  @Override
  public void writeTrades(DataStream<Trade> trades) throws Exception {
    delegate.writeTrades(trades);
  }

  @Override
  public void writePositions(DataStream<Position> positions) throws Exception {
    delegate.writePositions(positions);
  }

  @Override
  public void writeEquity(DataStream<EquityPoint> equity) throws Exception {
    delegate.writeEquity(equity);
  }

  @Override
  public void writeAlerts(DataStream<Alert> alerts) throws Exception {
    delegate.writeAlerts(alerts);
  }

  @Override
  public DataStream<Decoded<OrderCommand>> orderCommands(StreamExecutionEnvironment env) {
    return delegate.orderCommands(env);
  }

  @Override
  public DataStream<Decoded<AccountSettings>> accountSettings(StreamExecutionEnvironment env) {
    return delegate.accountSettings(env);
  }

  @Override
  public void writeOpenOrders(DataStream<OpenOrder> changes) throws Exception {
    delegate.writeOpenOrders(changes);
  }
}
