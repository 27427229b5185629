package com.tweetrade.job.backtest;

import com.tweetrade.job.Inputs;
import com.tweetrade.job.JobSettings;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.rules.RulesOutputs;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * Runs the production job, bounded, over a {@link History} on a local MiniCluster and returns its
 * trades in a fixed order. Parallelism 1 and in-order sources make a run deterministic: the same
 * history and rules give the same trades, byte for byte (in a replay the evaluator, Market Price
 * and paper trading each take their input in event-time order: flink-job/README.md, "Backtest").
 */
public final class Backtest {
  private Backtest() {}

  /**
   * Decides every rule over the history for an account that opens with {@code capitalCents}; {@code
   * progress} gets a line per 1,000 trades.
   */
  public static List<Trade> run(
      History history, List<RuleEvent> rules, long capitalCents, PrintStream progress)
      throws Exception {
    JobSettings settings = withCapital(history.settings(), capitalCents);
    BacktestIo io = new BacktestIo(history, rules);
    return collect(env -> new TweeTradeJob(settings, io).attach(env), io, progress);
  }

  /**
   * Decides every rule over recorded history: the job's rules, market price and paper trading
   * ({@link TweeTradeJob#rules}) on the pane closes rebuilt from the stored windows, instead of the
   * analytics of raw events.
   */
  public static List<Trade> run(
      RecordedHistory recorded, List<RuleEvent> rules, long capitalCents, PrintStream progress)
      throws Exception {
    JobSettings settings = withCapital(recorded.settings(), capitalCents);
    BacktestIo io = new BacktestIo(recorded.history(), rules);
    return collect(
        env -> {
          Inputs inputs =
              TweeTradeJob.route(
                  io.quotes(env), io.tweets(env), io.rulesAtStart(env), io.rules(env), settings);
          RulesOutputs out =
              TweeTradeJob.rules(io.closes(env, recorded.closes()), inputs, settings);
          io.writeTrades(out.trades());
          io.writePositions(out.positions());
          io.writeEquity(out.equity());
          io.writeDeadLetters(inputs.deadLetters().union(out.deadLetters()));
        },
        io,
        progress);
  }

  /**
   * A fresh local MiniCluster of parallelism 1 (in order, so deterministic) that fails at once
   * rather than restart, and refuses a Kryo fallback as the job's tests do.
   */
  static StreamExecutionEnvironment localEnvironment() {
    Configuration conf =
        Configuration.fromMap(
            Map.of(
                "restart-strategy.type", "none",
                "pipeline.generic-types", "false"));
    return StreamExecutionEnvironment.createLocalEnvironment(1, conf);
  }

  private static JobSettings withCapital(JobSettings settings, long capitalCents) {
    return settings.withLimits(settings.limits().withStartingCapitalCents(capitalCents));
  }

  /** What a backtest adds to a fresh local environment. */
  private interface Graph {
    void attach(StreamExecutionEnvironment env) throws Exception;
  }

  private static List<Trade> collect(Graph graph, BacktestIo io, PrintStream progress)
      throws Exception {
    StreamExecutionEnvironment env = localEnvironment();
    graph.attach(env);
    List<Trade> trades = new ArrayList<>();
    env.executeAsync("TweeTrade backtest");
    try (CloseableIterator<Trade> it = io.trades()) {
      while (it.hasNext()) {
        trades.add(it.next());
        if (trades.size() % 1_000 == 0)
          progress.printf("backtest: %,d trades so far%n", trades.size());
      }
    }
    trades.sort(
        Comparator.comparingLong(Trade::eventTime)
            .thenComparing(Trade::ruleId)
            .thenComparing(Trade::id));
    return trades;
  }
}
