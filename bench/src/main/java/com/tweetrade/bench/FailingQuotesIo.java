package com.tweetrade.bench;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.io.JobIo;
import com.tweetrade.job.io.KafkaCassandraIo;
import com.tweetrade.model.DeadLetter;
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
 * A {@link JobIo} decorator: another IO (the production one by default) with a paced quotes input
 * ({@link ThrottleFunction}) that, when {@code failAfter} is at least 0, fails once after that many
 * records ({@link FailAfterFunction}). Everything else goes to the decorated IO unchanged.
 */
public final class FailingQuotesIo implements JobIo {
  private final JobIo io;
  private final long failAfter;
  private final double quotesPerSecondPerSubtask;

  public FailingQuotesIo(JobIo io, long failAfter, double quotesPerSecondPerSubtask) {
    this.io = io;
    this.failAfter = failAfter;
    this.quotesPerSecondPerSubtask = quotesPerSecondPerSubtask;
  }

  /** The production IO of {@code config}, decorated. */
  public FailingQuotesIo(JobConfig config, long failAfter, double quotesPerSecondPerSubtask) {
    this(new KafkaCassandraIo(config), failAfter, quotesPerSecondPerSubtask);
  }

  @Override
  public DataStream<Decoded<Quote>> quotes(StreamExecutionEnvironment env) {
    DataStream<Decoded<Quote>> quotes = io.quotes(env);
    DataStream<Decoded<Quote>> paced =
        quotes
            .map(new ThrottleFunction<Decoded<Quote>>(quotesPerSecondPerSubtask), quotes.getType())
            .uid("bench-throttle")
            .name("Pace Quotes");
    if (failAfter < 0) return paced;
    return paced
        .map(new FailAfterFunction<Decoded<Quote>>(failAfter), quotes.getType())
        .uid("bench-fail-after")
        .name("Fail After N Quotes");
  }

  @Override
  public DataStream<Decoded<Tweet>> tweets(StreamExecutionEnvironment env) {
    return io.tweets(env);
  }

  @Override
  public DataStream<Decoded<RuleEvent>> rules(StreamExecutionEnvironment env) {
    return io.rules(env);
  }

  @Override
  public DataStream<Decoded<RuleEvent>> rulesAtStart(StreamExecutionEnvironment env) {
    return io.rulesAtStart(env);
  }

  @Override
  public void writePrices(DataStream<PriceAggregate> prices) throws Exception {
    io.writePrices(prices);
  }

  @Override
  public void writeSentiments(DataStream<SentimentAggregate> sentiments) throws Exception {
    io.writeSentiments(sentiments);
  }

  @Override
  public void writeDeadLetters(DataStream<DeadLetter> deadLetters) {
    io.writeDeadLetters(deadLetters);
  }

  @Override
  public void writeTrades(DataStream<Trade> trades) throws Exception {
    io.writeTrades(trades);
  }

  @Override
  public void writePositions(DataStream<Position> positions) throws Exception {
    io.writePositions(positions);
  }
}
