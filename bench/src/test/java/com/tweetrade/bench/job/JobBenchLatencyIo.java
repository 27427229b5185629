package com.tweetrade.bench.job;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.analytics.EventTimeLimit;
import com.tweetrade.job.analytics.EventTimeWatermarks;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.job.io.JobIo;
import com.tweetrade.job.trading.TradingTypes;
import com.tweetrade.model.Alert;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.Position;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Trade;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * For the latency benchmark: the job's IO in memory. Paced live quotes and tweets (event time =
 * wall clock, the job's own watermark strategy), rules from a list, trades through {@link
 * JobBenchLatencyRecorder}, every other output discarded.
 */
final class JobBenchLatencyIo implements JobIo {
  private static final EventTimeLimit NO_FUTURE =
      EventTimeLimit.of(EventTimeLimit.DEFAULT_MAX_AHEAD);

  private final List<RuleEvent> rules;
  private final JobBenchQuotes quotes;
  private final JobBenchTweets tweets;
  private final long quoteCount;
  private final long tweetCount;
  private final Duration outOfOrderness;
  private final Duration idleness;
  private final JobBenchLatencyRecorder recorder;

  JobBenchLatencyIo(
      List<RuleEvent> rules,
      JobBenchQuotes quotes,
      long quoteCount,
      JobBenchTweets tweets,
      long tweetCount,
      Duration outOfOrderness,
      Duration idleness,
      JobBenchLatencyRecorder recorder) {
    this.rules = rules;
    this.quotes = quotes;
    this.quoteCount = quoteCount;
    this.tweets = tweets;
    this.tweetCount = tweetCount;
    this.outOfOrderness = outOfOrderness;
    this.idleness = idleness;
    this.recorder = recorder;
  }

  @Override
  public DataStream<Decoded<Quote>> quotes(StreamExecutionEnvironment env) {
    return paced(env, quoteCount, quotes, ModelTypes.decoded(ModelTypes.QUOTE), "Quote");
  }

  @Override
  public DataStream<Decoded<Tweet>> tweets(StreamExecutionEnvironment env) {
    return paced(env, tweetCount, tweets, ModelTypes.decoded(ModelTypes.TWEET), "Tweet");
  }

  /** {@code count} live events of {@code pacer}, with the job's watermarks, at parallelism 1. */
  private <T> DataStream<Decoded<T>> paced(
      StreamExecutionEnvironment env,
      long count,
      JobBenchPacer<T> pacer,
      TypeInformation<Decoded<T>> type,
      String kind) {
    return env.fromSequence(0, count - 1)
        .setParallelism(1)
        .name("Bench " + kind + "s Sequence")
        .map(pacer, type)
        .setParallelism(1)
        .name("Bench Live " + kind + "s")
        .assignTimestampsAndWatermarks(
            EventTimeWatermarks.<T>forEvents(outOfOrderness, idleness, NO_FUTURE))
        .setParallelism(1)
        .name("Bench " + kind + " Watermarks");
  }

  /** The rules of job start: the list, counted for the generators' gate. */
  @Override
  public DataStream<Decoded<RuleEvent>> rulesAtStart(StreamExecutionEnvironment env) {
    return ruleList(env, "Bench Rules At Start")
        .map(new JobBenchRulesEmitted<>(), ModelTypes.decoded(ModelTypes.RULE_EVENT))
        .setParallelism(1)
        .name("Bench Rules Emitted")
        .assignTimestampsAndWatermarks(EventTimeWatermarks.<Decoded<RuleEvent>>forRules())
        .setParallelism(1);
  }

  /** The live rules: the same list again (same revisions, so the job ignores them as stale). */
  @Override
  public DataStream<Decoded<RuleEvent>> rules(StreamExecutionEnvironment env) {
    return ruleList(env, "Bench Rules")
        .assignTimestampsAndWatermarks(EventTimeWatermarks.<Decoded<RuleEvent>>forRules())
        .setParallelism(1);
  }

  private DataStream<Decoded<RuleEvent>> ruleList(StreamExecutionEnvironment env, String name) {
    Decoded<?>[] decoded =
        rules.stream()
            .map(r -> Decoded.ok(r, "bench-rules", Long.MAX_VALUE))
            .toArray(Decoded[]::new);
    @SuppressWarnings("unchecked")
    Decoded<RuleEvent>[] typed = (Decoded<RuleEvent>[]) decoded;
    return env.fromData(ModelTypes.decoded(ModelTypes.RULE_EVENT), typed).name(name);
  }

  @Override
  public void writePrices(DataStream<PriceAggregate> prices) {
    prices.sinkTo(new DiscardingSink<>()).name("Discard Prices");
  }

  @Override
  public void writeSentiments(DataStream<SentimentAggregate> sentiments) {
    sentiments.sinkTo(new DiscardingSink<>()).name("Discard Sentiments");
  }

  @Override
  public void writeDeadLetters(DataStream<DeadLetter> deadLetters) {
    deadLetters.sinkTo(new DiscardingSink<>()).name("Discard Dead Letters");
  }

  @Override
  public void writeTrades(DataStream<Trade> trades) {
    trades
        .map(recorder, TradingTypes.TRADE)
        .setParallelism(1)
        .name("Bench Trade Latency")
        .sinkTo(new DiscardingSink<>())
        .setParallelism(1)
        .name("Discard Trades");
  }

  @Override
  public void writePositions(DataStream<Position> positions) {
    positions.sinkTo(new DiscardingSink<>()).name("Discard Positions");
  }

  @Override
  public void writeEquity(DataStream<EquityPoint> equity) {
    equity.sinkTo(new DiscardingSink<>()).name("Discard Equity");
  }

  @Override
  public void writeAlerts(DataStream<Alert> alerts) {
    alerts.sinkTo(new DiscardingSink<>()).name("Discard Alerts");
  }
}
