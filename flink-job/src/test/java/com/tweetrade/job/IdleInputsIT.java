package com.tweetrade.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.analytics.EventTimeWatermarks;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tweets go quiet for longer than the idleness timeout, then come back, on a MiniCluster: the
 * tweets after the pause still count in their windows. Before the fix, the keyword fan-out took the
 * rules' {@code Long.MAX_VALUE} watermark as its event time as soon as the tweets were idle, and
 * every later mention was late.
 */
class IdleInputsIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(1);

  private static final int TWEETS_PER_HALF = 4;

  @Test
  void shouldCountTweetsThatComeBackAfterAnIdlePause() throws Exception {
    long minute = System.currentTimeMillis() / 60_000 * 60_000 - 10 * 60_000;
    List<Decoded<Tweet>> tweets = new ArrayList<>();
    for (int i = 0; i < 2 * TWEETS_PER_HALF; i++) {
      // The second half 30 s later in event time, still inside the same 1-minute window.
      long time = minute + 1_000 + i * 2_000L + (i >= TWEETS_PER_HALF ? 30_000 : 0);
      tweets.add(Decoded.ok(Fixtures.tweet(i + 1, "Tesla is great", time), "tweets-0@" + i, time));
    }
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(
            Configuration.fromMap(Map.of("pipeline.generic-types", "false")));
    env.setParallelism(1);
    JobSettings settings = JobSettings.defaults(TickerDirectory.standard());
    DataStream<Decoded<Tweet>> t =
        env.fromData(tweets, ModelTypes.decoded(ModelTypes.TWEET))
            .map(new PauseBeforeSecondHalf(), ModelTypes.decoded(ModelTypes.TWEET))
            // Its own task, so that the watermarks downstream see the pause as idleness.
            .disableChaining()
            .assignTimestampsAndWatermarks(
                EventTimeWatermarks.forEvents(
                    Duration.ofSeconds(1), Duration.ofMillis(300), settings.eventTimeLimit()));
    DataStream<Decoded<Quote>> q =
        env.fromData(
                List.of(
                    Decoded.ok(
                        new Quote("TSLA", 10_000, 10, 9_999, 10_010, minute),
                        "quotes-0@0",
                        minute)),
                ModelTypes.decoded(ModelTypes.QUOTE))
            .assignTimestampsAndWatermarks(
                EventTimeWatermarks.forEvents(
                    Duration.ofSeconds(1), Duration.ofMillis(300), settings.eventTimeLimit()));
    RuleEvent rule =
        Fixtures.createRule("r1", "WHEN sentiment(\"tesla\", 1m) > 0.5 THEN BUY 1 TSLA", 1);
    // Read at start too, as the deployed job does: no tweet is fanned out before the rule is in.
    Inputs inputs =
        TweeTradeJob.route(
            q, t, MemoryInputs.ruleAtStart(env, rule), MemoryInputs.rule(env, rule), settings);
    Analytics analytics = TweeTradeJob.build(inputs, settings.panes(), settings.tickers());
    DataStream<String> results =
        analytics
            .sentiments()
            .filter(s -> s.keyword().equals("tesla") && s.window().equals("1m"))
            .filter(s -> s.windowEnd() == minute + 60_000)
            .map(SentimentAggregate::count)
            .map(count -> "count " + count)
            .union(analytics.lateEvents().map(d -> "late " + d.position()));
    List<String> collected = MemoryInputs.collect(results, "IdleInputsIT");

    assertThat(collected).containsExactly("count " + 2 * TWEETS_PER_HALF);
  }

  /** Holds the first tweet of the second half for 3 s: ten times the idleness timeout. */
  static final class PauseBeforeSecondHalf implements MapFunction<Decoded<Tweet>, Decoded<Tweet>> {
    @Override
    public Decoded<Tweet> map(Decoded<Tweet> tweet) throws Exception {
      if (tweet.value().id() == TWEETS_PER_HALF + 1) Thread.sleep(3_000);
      return tweet;
    }
  }
}
