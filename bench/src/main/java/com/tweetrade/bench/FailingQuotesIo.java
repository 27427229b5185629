package com.tweetrade.bench;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.io.ForwardingJobIo;
import com.tweetrade.job.io.JobIo;
import com.tweetrade.job.io.KafkaCassandraIo;
import com.tweetrade.model.Quote;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A {@link JobIo} decorator: another IO (the production one by default) with a paced quotes input
 * ({@link ThrottleFunction}) that, when {@code failAfter} is at least 0, fails once after that many
 * records ({@link FailAfterFunction}). Everything else goes to the decorated IO unchanged.
 */
public final class FailingQuotesIo extends ForwardingJobIo {
  private final long failAfter;
  private final double quotesPerSecondPerSubtask;

  public FailingQuotesIo(JobIo io, long failAfter, double quotesPerSecondPerSubtask) {
    super(io);
    this.failAfter = failAfter;
    this.quotesPerSecondPerSubtask = quotesPerSecondPerSubtask;
  }

  /** The production IO of {@code config}, decorated. */
  public FailingQuotesIo(JobConfig config, long failAfter, double quotesPerSecondPerSubtask) {
    this(new KafkaCassandraIo(config), failAfter, quotesPerSecondPerSubtask);
  }

  @Override
  public DataStream<Decoded<Quote>> quotes(StreamExecutionEnvironment env) {
    DataStream<Decoded<Quote>> quotes = super.quotes(env);
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
}
