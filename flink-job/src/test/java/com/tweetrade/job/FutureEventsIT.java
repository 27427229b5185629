package com.tweetrade.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.analytics.EventTimeWatermarks;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One quote stamped a day ahead among real ones, on a MiniCluster: it is a dead letter, and event
 * time does not jump, so the real quotes after it still count (before the fix they were all late).
 */
class FutureEventsIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(1);

  private static final long DAY = 24 * 3_600_000L;

  @Test
  void shouldDeadLetterAFutureQuoteAndStillCountTheRealOnesAfterIt() throws Exception {
    long minute = System.currentTimeMillis() / 60_000 * 60_000 - 10 * 60_000;
    List<Decoded<Quote>> quotes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      long time = minute + i * 5_000L;
      quotes.add(
          Decoded.ok(
              new Quote("TSLA", 10_000 + i, 10, 9_999, 10_010, time),
              "quotes-0@" + quotes.size(),
              time));
      if (i == 2) {
        long future = minute + DAY;
        quotes.add(
            Decoded.ok(
                new Quote("TSLA", 10_000, 10, 9_999, 10_010, future),
                "quotes-0@" + quotes.size(),
                future));
      }
    }
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(
            Configuration.fromMap(java.util.Map.of("pipeline.generic-types", "false")));
    env.setParallelism(1);
    JobSettings settings = JobSettings.defaults(TickerDirectory.standard());
    DataStream<Decoded<Quote>> q =
        env.fromData(quotes, ModelTypes.decoded(ModelTypes.QUOTE))
            .map(new PauseAfterFuture(), ModelTypes.decoded(ModelTypes.QUOTE))
            .assignTimestampsAndWatermarks(
                EventTimeWatermarks.forEvents(
                    Duration.ofSeconds(5), Duration.ofSeconds(30), settings.eventTimeLimit()));
    // fromData needs one element: a tweet no rule reads and the delete of a rule that never was.
    Tweet tweet = Fixtures.tweet(1, "nothing to see", minute);
    DataStream<Decoded<Tweet>> t =
        env.fromData(
                List.of(Decoded.ok(tweet, "tweets-0@0", minute)),
                ModelTypes.decoded(ModelTypes.TWEET))
            .assignTimestampsAndWatermarks(
                EventTimeWatermarks.forEvents(
                    Duration.ofSeconds(5), Duration.ofSeconds(30), settings.eventTimeLimit()));
    RuleEvent noRule = RuleEvent.delete("none", "nobody", 1, minute);
    DataStream<Decoded<RuleEvent>> r = MemoryInputs.rule(env, noRule);

    Inputs inputs = TweeTradeJob.route(q, t, r, settings);
    Analytics analytics = TweeTradeJob.build(inputs, settings.panes(), settings.tickers());
    DataStream<String> results =
        analytics
            .prices()
            .filter(p -> p.window().equals("1m") && p.windowEnd() == minute + 60_000)
            .map(PriceAggregate::count)
            .map(count -> "count " + count)
            .union(
                inputs
                    .deadLetters()
                    .union(analytics.lateEvents())
                    .map(d -> d.position() + " " + d.reason()));
    List<String> collected = MemoryInputs.collect(results, "FutureEventsIT");

    assertThat(collected)
        .filteredOn(s -> s.startsWith("quotes-"))
        .singleElement()
        .satisfies(s -> assertThat(s).startsWith("quotes-0@3 future event time:"));
    assertThat(collected).contains("count 6");
  }

  /**
   * Holds the future quote for a second before passing it on, so that the source's periodic
   * watermark runs right after it, before the next real quote: the moment a future event would move
   * event time.
   */
  static final class PauseAfterFuture implements MapFunction<Decoded<Quote>, Decoded<Quote>> {
    @Override
    public Decoded<Quote> map(Decoded<Quote> quote) throws Exception {
      if (quote.eventTime() > System.currentTimeMillis() + DAY / 2) Thread.sleep(1_000);
      return quote;
    }
  }
}
