package com.tweetrade.job;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.analytics.EventTimeWatermarks;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.job.rules.RulesCatchUp;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/** Bounded in-memory inputs of the job's pipeline tests, with event time as a source gives it. */
public final class MemoryInputs {
  private static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(5);

  private MemoryInputs() {}

  /**
   * An environment at parallelism 2 that fails on any Kryo fallback, with {@code settings} (Flink
   * options) on top.
   */
  public static StreamExecutionEnvironment environment(Map<String, String> settings) {
    Map<String, String> conf = new HashMap<>(settings);
    conf.put("pipeline.generic-types", "false");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(conf));
    env.setParallelism(2);
    return env;
  }

  /** {@code quotes} at their event times, 5 s out of order allowed. */
  public static DataStream<Quote> quotes(StreamExecutionEnvironment env, List<Quote> quotes) {
    return env.fromData(ModelTypes.QUOTE, quotes.toArray(Quote[]::new))
        .assignTimestampsAndWatermarks(
            WatermarkStrategy.<Quote>forBoundedOutOfOrderness(OUT_OF_ORDERNESS)
                .withTimestampAssigner((q, t) -> q.eventTime()));
  }

  /** {@code tweets} at their creation times, 5 s out of order allowed. */
  public static DataStream<Tweet> tweets(StreamExecutionEnvironment env, List<Tweet> tweets) {
    return env.fromData(ModelTypes.TWEET, tweets.toArray(Tweet[]::new))
        .assignTimestampsAndWatermarks(
            WatermarkStrategy.<Tweet>forBoundedOutOfOrderness(OUT_OF_ORDERNESS)
                .withTimestampAssigner((tweet, t) -> tweet.createdAt()));
  }

  /**
   * {@code rules} then the "rules caught up" marker, from one source, with the rules' watermarks:
   * for {@link com.tweetrade.job.Inputs#afterCatchUp}, so no quote or tweet is used before them.
   */
  public static DataStream<RuleEvent> rulesThenCaughtUp(
      StreamExecutionEnvironment env, List<RuleEvent> rules) {
    List<RuleEvent> events = new ArrayList<>(rules);
    events.add(RulesCatchUp.MARKER_AFTER_EVERY_RULE);
    return env.fromData(events, ModelTypes.RULE_EVENT)
        .assignTimestampsAndWatermarks(EventTimeWatermarks.forRules());
  }

  /** One decoded rule event, as the rules source gives it, with the rules' watermarks. */
  public static DataStream<Decoded<RuleEvent>> rule(
      StreamExecutionEnvironment env, RuleEvent rule) {
    return env.fromData(
            List.of(Decoded.ok(rule, "rules-0@0", 0L)), ModelTypes.decoded(ModelTypes.RULE_EVENT))
        .assignTimestampsAndWatermarks(EventTimeWatermarks.forRules());
  }

  /**
   * {@code rule} as the read of the rules topic at job start gives it: with {@link #rule} as the
   * live read, for {@code TweeTradeJob.route}'s catch-up, so no data is used before the rule.
   */
  public static DataStream<Decoded<RuleEvent>> ruleAtStart(
      StreamExecutionEnvironment env, RuleEvent rule) {
    return env.fromData(
            List.of(Decoded.ok(rule, "rules-0@0", 0L)), ModelTypes.decoded(ModelTypes.RULE_EVENT))
        .assignTimestampsAndWatermarks(EventTimeWatermarks.<Decoded<RuleEvent>>forRulesAtStart())
        .setParallelism(1);
  }

  /** Runs the job of {@code results} (bounded) as {@code name} and returns all it emitted. */
  public static <T> List<T> collect(DataStream<T> results, String name) throws Exception {
    List<T> collected = new ArrayList<>();
    try (CloseableIterator<T> it = results.executeAndCollect(name)) {
      it.forEachRemaining(collected::add);
    }
    return collected;
  }
}
