package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesScenario.DROP_PANE_END;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.Inputs;
import com.tweetrade.job.JobOutputs;
import com.tweetrade.job.JobSettings;
import com.tweetrade.job.MemoryInputs;
import com.tweetrade.job.TestClusters;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.analytics.EventTimeLimit;
import com.tweetrade.job.analytics.EventTimeWatermarks;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.tickers.TickerDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job's rules start-up on a MiniCluster (parallelism 2), in memory: the read of the rules at
 * start is held back for seconds, so quotes, tweets and their aggregates reach the fan-out and the
 * router long before any rule. The scenario's rules must fire all the same, and the invalid rule be
 * dead-lettered once although it is read twice and reaches two router instances.
 */
class RulesCatchUpIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  private static final long RULES_DELAY_MILLIS = 5_000;
  private static final EventTimeLimit NO_FUTURE =
      EventTimeLimit.of(EventTimeLimit.DEFAULT_MAX_AHEAD);

  @Test
  void shouldFireAsIfTheRulesHadComeFirstAndDeadLetterAnInvalidRuleOnce() throws Exception {
    StreamExecutionEnvironment env = MemoryInputs.environment(Map.of());
    List<Quote> quotes = RulesScenario.quotes();
    var q =
        decoded(env, ModelTypes.QUOTE, quotes, Quote::eventTime)
            .assignTimestampsAndWatermarks(
                EventTimeWatermarks.forEvents(
                    Duration.ofSeconds(5), Duration.ofSeconds(30), NO_FUTURE));
    var t =
        decoded(env, ModelTypes.TWEET, RulesScenario.tweets(), Tweet::createdAt)
            .assignTimestampsAndWatermarks(
                EventTimeWatermarks.forEvents(
                    Duration.ofSeconds(5), Duration.ofSeconds(30), NO_FUTURE));
    var rulesAtStart =
        decoded(env, ModelTypes.RULE_EVENT, RulesScenario.rules(), r -> 0L)
            .map(new DelayFirst<>(RULES_DELAY_MILLIS), ModelTypes.decoded(ModelTypes.RULE_EVENT))
            .setParallelism(1)
            .assignTimestampsAndWatermarks(EventTimeWatermarks.forRulesAtStart())
            .setParallelism(1);
    // The live read: the same rules, later still (it repeats the topic from its start).
    var rules =
        decoded(env, ModelTypes.RULE_EVENT, RulesScenario.rules(), r -> 0L)
            .map(
                new DelayFirst<>(2 * RULES_DELAY_MILLIS), ModelTypes.decoded(ModelTypes.RULE_EVENT))
            .assignTimestampsAndWatermarks(EventTimeWatermarks.forRules());
    TickerDirectory tickers = TickerDirectory.standard();

    JobSettings settings = JobSettings.defaults(tickers);
    Inputs inputs = TweeTradeJob.route(q, t, rulesAtStart, rules, settings);
    JobOutputs out = TweeTradeJob.build(inputs, settings);
    DataStream<String> results =
        out.trades()
            .map(trade -> "trade " + trade.ruleId() + " " + trade.eventTime())
            .union(out.deadLetters().map(DeadLetter::position));
    List<String> collected = new ArrayList<>();
    try (CloseableIterator<String> it = results.executeAndCollect("RulesCatchUpIT")) {
      it.forEachRemaining(collected::add);
    }

    assertThat(collected)
        .filteredOn(s -> s.startsWith("trade r1 "))
        .containsExactly("trade r1 " + DROP_PANE_END);
    assertThat(collected)
        .filteredOn(s -> s.startsWith("trade r2 "))
        .containsExactly("trade r2 " + DROP_PANE_END);
    assertThat(collected)
        .filteredOn(s -> s.startsWith("trade r3 "))
        .first()
        .isEqualTo("trade r3 " + (RulesScenario.AAPL_UP_AT + 10_000));
    assertThat(collected)
        .filteredOn(s -> s.startsWith("rule "))
        .containsExactly("rule r4-broken revision 1");
  }

  private static <T> DataStream<Decoded<T>> decoded(
      StreamExecutionEnvironment env,
      TypeInformation<T> type,
      List<T> events,
      java.util.function.ToLongFunction<T> time) {
    List<Decoded<T>> records = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      records.add(Decoded.ok(events.get(i), "memory-0@" + i, time.applyAsLong(events.get(i))));
    }
    return env.fromData(records, ModelTypes.decoded(type));
  }

  /** Holds its first record back: a slow source. */
  static final class DelayFirst<T> extends RichMapFunction<T, T> {
    private final long millis;
    private transient boolean waited;

    DelayFirst(long millis) {
      this.millis = millis;
    }

    @Override
    public T map(T value) throws Exception {
      if (!waited) {
        Thread.sleep(millis);
        waited = true;
      }
      return value;
    }
  }
}
