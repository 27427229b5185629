package com.tweetrade.job.io;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.Position;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Trade;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A {@link JobIo} decorator that fails the job once, at the first quote of {@link #CRASH_TICKER}: a
 * task failure and restart at a known point of the input. Works on a MiniCluster (one JVM).
 */
final class CrashOnceIo implements JobIo {
  static final String CRASH_TICKER = "CRASHNOW";
  private static final AtomicBoolean CRASHED = new AtomicBoolean();

  private final JobIo delegate;

  CrashOnceIo(JobIo delegate) {
    CRASHED.set(false);
    this.delegate = delegate;
  }

  static boolean crashed() {
    return CRASHED.get();
  }

  @Override
  public DataStream<Decoded<Quote>> quotes(StreamExecutionEnvironment env) {
    return delegate
        .quotes(env)
        .map(new CrashOnce(), ModelTypes.decoded(ModelTypes.QUOTE))
        .name("Crash Once");
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

  private static final class CrashOnce implements MapFunction<Decoded<Quote>, Decoded<Quote>> {
    @Override
    public Decoded<Quote> map(Decoded<Quote> quote) {
      if (quote.isOk()
          && CRASH_TICKER.equals(quote.value().ticker())
          && CRASHED.compareAndSet(false, true)) {
        throw new IllegalStateException("CrashOnceIo: the planned failure at " + quote.position());
      }
      return quote;
    }
  }
}
