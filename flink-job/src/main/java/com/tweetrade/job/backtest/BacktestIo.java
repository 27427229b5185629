package com.tweetrade.job.backtest;

import com.tweetrade.job.Uids;
import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.analytics.EventTimeLimit;
import com.tweetrade.job.analytics.EventTimeWatermarks;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.job.io.JobIo;
import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.job.rules.RulesTypes;
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
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.CloseableIterator;

/**
 * The job's inputs from a {@link History} and its rules, its trades collected for the report: the
 * production job ({@code TweeTradeJob}) runs on it unchanged, bounded, so a backtest decides with
 * the live rules, trigger and paper-trading operators.
 */
final class BacktestIo implements JobIo {
  static final String TRADES_COLLECT = "backtest-trades-collect";
  static final String DISCARD_PREFIX = "backtest-discard-";

  private final History history;
  private final List<RuleEvent> rules;
  private CloseableIterator<Trade> trades;

  BacktestIo(History history, List<RuleEvent> rules) {
    this.history = history;
    this.rules = List.copyOf(rules);
  }

  @Override
  public DataStream<Decoded<Quote>> quotes(StreamExecutionEnvironment env) {
    List<Decoded<Quote>> decoded = new ArrayList<>();
    for (int i = 0; i < history.quotes().size(); i++) {
      Quote q = history.quotes().get(i);
      decoded.add(Decoded.ok(q, "history-quotes@" + i, q.eventTime()));
    }
    return source(
            env,
            decoded,
            ModelTypes.decoded(ModelTypes.QUOTE),
            Uids.QUOTES_SOURCE,
            "History Quotes")
        .assignTimestampsAndWatermarks(inOrder())
        .uid("backtest-quotes-watermarks")
        .name("History Quotes Event Time");
  }

  @Override
  public DataStream<Decoded<Tweet>> tweets(StreamExecutionEnvironment env) {
    List<Decoded<Tweet>> decoded = new ArrayList<>();
    for (int i = 0; i < history.tweets().size(); i++) {
      Tweet t = history.tweets().get(i);
      decoded.add(Decoded.ok(t, "history-tweets@" + i, t.createdAt()));
    }
    return source(
            env, decoded, ModelTypes.decoded(ModelTypes.TWEET), Uids.TWEETS_SOURCE, "History Posts")
        .assignTimestampsAndWatermarks(inOrder())
        .uid("backtest-tweets-watermarks")
        .name("History Posts Event Time");
  }

  @Override
  public DataStream<Decoded<RuleEvent>> rules(StreamExecutionEnvironment env) {
    return source(
            env,
            decodedRules(),
            ModelTypes.decoded(ModelTypes.RULE_EVENT),
            Uids.RULES_SOURCE,
            "Backtest Rules")
        .assignTimestampsAndWatermarks(EventTimeWatermarks.forRules())
        .uid("backtest-rules-watermarks")
        .name("Backtest Rules Event Time");
  }

  @Override
  public DataStream<Decoded<RuleEvent>> rulesAtStart(StreamExecutionEnvironment env) {
    return source(
            env,
            decodedRules(),
            ModelTypes.decoded(ModelTypes.RULE_EVENT),
            Uids.RULES_AT_START_SOURCE,
            "Backtest Rules at Start")
        .assignTimestampsAndWatermarks(EventTimeWatermarks.forRulesAtStart())
        .setParallelism(1)
        .uid("backtest-rules-at-start-watermarks")
        .name("Backtest Rules at Start Event Time");
  }

  /**
   * The elements as a bounded source. Flink's {@code fromData} fails on an empty list, so an empty
   * one is a single placeholder that is filtered out at once (a range without posts is normal).
   */
  private static <T> DataStream<Decoded<T>> source(
      StreamExecutionEnvironment env,
      List<Decoded<T>> elements,
      TypeInformation<Decoded<T>> type,
      String uid,
      String name) {
    if (!elements.isEmpty()) return env.fromData(elements, type).uid(uid).name(name);
    return env.fromData(List.of(Decoded.<T>failed("placeholder", "", "none")), type)
        .uid(uid)
        .name(name)
        .filter(d -> false)
        .returns(type)
        .uid(uid + "-empty")
        .name(name + " (none)");
  }

  private List<Decoded<RuleEvent>> decodedRules() {
    List<Decoded<RuleEvent>> decoded = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++)
      decoded.add(Decoded.ok(rules.get(i), "backtest-rules@" + i, rules.get(i).timestamp()));
    return decoded;
  }

  /**
   * History is in order and in the past: no disorder to wait for, never ahead of the wall clock.
   */
  private static <T> WatermarkStrategy<Decoded<T>> inOrder() {
    return EventTimeWatermarks.forEvents(
        Duration.ZERO, Duration.ofDays(365), EventTimeLimit.of(EventTimeLimit.DEFAULT_MAX_AHEAD));
  }

  /**
   * Recorded pane closes as the job's rule inputs: in event-time order, each at its boundary minus
   * one millisecond, as the live inputs' close timers emit them.
   */
  DataStream<InputUpdate> closes(StreamExecutionEnvironment env, List<InputUpdate> closes) {
    return env.fromData(closes, RulesTypes.INPUT_UPDATE)
        .uid("backtest-recorded-closes")
        .name("Recorded Pane Closes")
        .assignTimestampsAndWatermarks(
            WatermarkStrategy.<InputUpdate>forMonotonousTimestamps()
                .withTimestampAssigner((u, t) -> u.eventTime() - 1))
        .uid("backtest-recorded-closes-watermarks")
        .name("Recorded Pane Closes Event Time");
  }

  @Override
  public void writePrices(DataStream<PriceAggregate> prices) {
    prices
        .sinkTo(new DiscardingSink<>())
        .uid(DISCARD_PREFIX + "prices")
        .name("Discard Price Aggregates");
  }

  @Override
  public void writeSentiments(DataStream<SentimentAggregate> sentiments) {
    sentiments
        .sinkTo(new DiscardingSink<>())
        .uid(DISCARD_PREFIX + "sentiments")
        .name("Discard Sentiment Aggregates");
  }

  @Override
  public void writeDeadLetters(DataStream<DeadLetter> deadLetters) {
    deadLetters
        .sinkTo(new DiscardingSink<>())
        .uid(DISCARD_PREFIX + "dead-letters")
        .name("Discard Dead Letters");
  }

  @Override
  public void writeTrades(DataStream<Trade> tradeStream) {
    trades = tradeStream.collectAsync();
  }

  @Override
  public void writePositions(DataStream<Position> positions) {
    positions
        .sinkTo(new DiscardingSink<>())
        .uid(DISCARD_PREFIX + "positions")
        .name("Discard Positions");
  }

  @Override
  public void writeEquity(DataStream<EquityPoint> equity) {
    equity.sinkTo(new DiscardingSink<>()).uid(DISCARD_PREFIX + "equity").name("Discard Equity");
  }

  /** A backtest reports trades; its alerts are not delivered nor listed. */
  @Override
  public void writeAlerts(DataStream<Alert> alerts) {
    alerts.sinkTo(new DiscardingSink<>()).uid(DISCARD_PREFIX + "alerts").name("Discard Alerts");
  }

  /** The trades, once the job runs (after {@code executeAsync}). */
  CloseableIterator<Trade> trades() {
    if (trades == null) throw new IllegalStateException("the job was not attached");
    return trades;
  }
}
