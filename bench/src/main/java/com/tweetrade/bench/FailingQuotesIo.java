package com.tweetrade.bench;

import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.functions.Decoded;
import com.tweetrade.job.io.KafkaCassandraIo;
import com.tweetrade.model.Quote;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The production IO with a quotes input that fails once after N records ({@link FailAfterFunction}). */
public final class FailingQuotesIo extends KafkaCassandraIo {
  private final long failAfter;

  public FailingQuotesIo(JobConfig config, long failAfter) {
    super(config);
    this.failAfter = failAfter;
  }

  @Override
  public DataStream<Decoded<Quote>> quotes(StreamExecutionEnvironment env) {
    DataStream<Decoded<Quote>> quotes = super.quotes(env);
    return quotes.map(new FailAfterFunction<Decoded<Quote>>(failAfter), quotes.getType())
        .uid("bench-fail-after").name("Fail After N Quotes");
  }
}
