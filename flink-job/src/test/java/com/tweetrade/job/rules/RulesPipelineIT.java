package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesFixtures.T0;
import static com.tweetrade.job.rules.RulesScenario.DROP_AT;
import static com.tweetrade.job.rules.RulesScenario.DROP_PANE_END;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import com.tweetrade.job.Inputs;
import com.tweetrade.job.JobOutputs;
import com.tweetrade.job.JobSettings;
import com.tweetrade.job.MemoryInputs;
import com.tweetrade.job.TestClusters;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.trading.TradeStatus;
import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Analytics + rules on a MiniCluster (parallelism 2) over {@link RulesScenario}'s in-memory input:
 * no Kafka, no Cassandra; the trades are collected.
 */
class RulesPipelineIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  @Test
  void shouldFireTheScenarioRulesAtTheExpectedEventTimes() throws Exception {
    StreamExecutionEnvironment env = MemoryInputs.environment(Map.of());
    DataStream<Quote> q = MemoryInputs.quotes(env, RulesScenario.quotes());
    DataStream<Tweet> t = MemoryInputs.tweets(env, RulesScenario.tweets());
    // The rules are a separate source: without the catch-up marker, its few events can come after
    // every tweet, and r1 and r3 would never see a Tesla mention.
    DataStream<RuleEvent> r = MemoryInputs.rulesThenCaughtUp(env, RulesScenario.rules());
    TickerDirectory tickers = TickerDirectory.standard();
    JobOutputs out =
        TweeTradeJob.build(Inputs.afterCatchUp(q, t, r), JobSettings.defaults(tickers));
    List<Trade> trades = out.trades().executeAndCollect(1000);
    assertThat(trades)
        .filteredOn(x -> x.ruleId().equals("r2"))
        .singleElement()
        .extracting(Trade::eventTime)
        .isEqualTo(DROP_PANE_END);
    assertThat(trades)
        .filteredOn(x -> x.ruleId().equals("r1"))
        .singleElement()
        .extracting(Trade::eventTime)
        .isEqualTo(DROP_PANE_END);
    assertThat(trades)
        .filteredOn(x -> x.ruleId().equals("r3"))
        .first()
        .extracting(Trade::eventTime)
        .isEqualTo(RulesScenario.AAPL_UP_AT + 10_000);
    // r2's sell is decided before r1's buy at the same time (trade id order), with nothing held: no
    // shorts (RulesJobIT checks its reason). Every other trade fills.
    assertThat(trades)
        .filteredOn(x -> !x.ruleId().equals("r2"))
        .extracting(Trade::status)
        .containsOnly(TradeStatus.FILLED);
    assertThat(trades)
        .filteredOn(x -> x.ruleId().equals("r2"))
        .singleElement()
        .extracting(Trade::status, Trade::reason)
        .containsExactly(TradeStatus.REJECTED, "short selling is off: selling 5 TSLA, 0 held");
  }

  /**
   * A buy limit below the market rests in the order book, at parallelism 2 with the real
   * serializers, and fills at the first quote that reaches it; a buy stop above every quote stays
   * open. As a replay (a backtest's settings): live, an order meets only the quotes that reach the
   * book after it, and this in-memory input can pass every quote to the book before the rule's
   * order gets there (the test then saw no fill under load).
   */
  @Test
  void shouldRestALimitOrderUntilTheMarketReachesIt() throws Exception {
    List<RuleEvent> rules =
        List.of(
            RuleEvent.create(
                "limit", "carol", "WHEN price(TSLA) > 1 THEN BUY 10 TSLA AT LIMIT 190 ONCE", T0),
            RuleEvent.create(
                "stop", "carol", "WHEN price(TSLA) > 1 THEN BUY 3 TSLA AT STOP 210 ONCE", T0));

    List<Trade> trades = replay(rules).trades().executeAndCollect(1000);
    List<OpenOrder> changes = replay(rules).openOrders().executeAndCollect(1000);

    assertThat(trades)
        .extracting(
            Trade::ruleId, Trade::status, Trade::priceCents, Trade::eventTime, Trade::reason)
        .containsExactly(
            tuple("limit", TradeStatus.FILLED, 18000L, DROP_AT, "limit 190.00 filled at 180.00"));
    assertThat(changes)
        .extracting(
            o -> o.orderId().equals(trades.get(0).id()) ? "limit" : "stop", OpenOrder::status)
        .containsExactlyInAnyOrder(
            tuple("limit", OpenOrder.OPEN),
            tuple("limit", OpenOrder.FILLED),
            tuple("stop", OpenOrder.OPEN));
  }

  /** {@link #run} with a backtest's settings: orders placed and quotes checked in event time. */
  private static JobOutputs replay(List<RuleEvent> rules) {
    StreamExecutionEnvironment env = MemoryInputs.environment(Map.of());
    DataStream<Quote> q = MemoryInputs.quotes(env, RulesScenario.quotes());
    DataStream<Tweet> t = MemoryInputs.tweets(env, RulesScenario.tweets());
    DataStream<RuleEvent> r = MemoryInputs.rulesThenCaughtUp(env, rules);
    JobSettings live = JobSettings.defaults(TickerDirectory.standard());
    JobSettings replay = live.asReplay(live.windows());
    return TweeTradeJob.build(Inputs.afterCatchUp(q, t, r), replay);
  }

  private static JobOutputs run(List<RuleEvent> rules) {
    StreamExecutionEnvironment env = MemoryInputs.environment(Map.of());
    DataStream<Quote> q = MemoryInputs.quotes(env, RulesScenario.quotes());
    DataStream<Tweet> t = MemoryInputs.tweets(env, RulesScenario.tweets());
    DataStream<RuleEvent> r = MemoryInputs.rulesThenCaughtUp(env, rules);
    return TweeTradeJob.build(
        Inputs.afterCatchUp(q, t, r), JobSettings.defaults(TickerDirectory.standard()));
  }

  /**
   * Indicators and a crossing end to end: TSLA is flat at $200 for ten minutes (every EMA 200, RSI
   * 50 with neither gains nor losses), then $180. ON CLOSE, at the close of the first $180 pane:
   * EMA(2) = 200 + 2/3 * (180 - 200) = 186.67 is below EMA(3) = 200 + 1/2 * (180 - 200) = 190, and
   * was equal before: it crosses below, once. ON TICK, the first $180 quote makes RSI(2) 0 (a loss
   * of 20 after changes of 0: average loss 10, average gain 0).
   */
  @Test
  void shouldFireOnIndicatorsAndTheirCrossing() throws Exception {
    StreamExecutionEnvironment env = MemoryInputs.environment(Map.of());
    DataStream<Quote> q = MemoryInputs.quotes(env, RulesScenario.tsla());
    DataStream<Tweet> t = MemoryInputs.tweets(env, RulesScenario.tweets());
    DataStream<RuleEvent> r =
        MemoryInputs.rulesThenCaughtUp(
            env,
            List.of(
                RuleEvent.create(
                    "x1",
                    "bob",
                    "WHEN ema(TSLA, 2) CROSSES BELOW ema(TSLA, 3) THEN BUY 1 TSLA ON CLOSE",
                    RulesFixtures.T0),
                RuleEvent.create(
                    "x2", "bob", "WHEN rsi(TSLA, 2) < 10 THEN BUY 2 TSLA", RulesFixtures.T0)));
    JobOutputs out =
        TweeTradeJob.build(
            Inputs.afterCatchUp(q, t, r), JobSettings.defaults(TickerDirectory.standard()));
    List<Trade> trades = out.trades().executeAndCollect(1000);

    assertThat(trades)
        .filteredOn(x -> x.ruleId().equals("x1"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.eventTime()).isEqualTo(DROP_PANE_END);
              assertThat(x.explanation().get("ema:TSLA:2")).isCloseTo(200 - 40.0 / 3, within(1e-9));
              assertThat(x.explanation()).containsEntry("ema:TSLA:3", 190.0);
            });
    assertThat(trades)
        .filteredOn(x -> x.ruleId().equals("x2"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.eventTime()).isEqualTo(RulesScenario.DROP_AT);
              assertThat(x.explanation()).containsEntry("rsi:TSLA:2", 0.0);
            });
  }
}
