package com.tweetrade.bench.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.analytics.EventTimeWatermarks;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.job.rules.RulesOutputs;
import com.tweetrade.job.rules.RulesPipeline;
import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.job.rules.RulesTypes;
import com.tweetrade.job.trading.RiskLimits;
import com.tweetrade.job.trading.TradingTypes;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Benchmark, not a test: maximum sustained updates/s through {@link RulesPipeline} (input mapping,
 * routing by subject, per-rule evaluation, paper trading) with 100 and with 100,000 active rules,
 * on a MiniCluster at parallelism 2, fed by an in-memory generator of aggregates as fast as the
 * pipeline takes them (back-pressure sets the rate). Writes {@code
 * bench/target/bench/rules-throughput.txt}.
 *
 * <p>Two workloads (see docs/benchmarks.md, "Rules engine"):
 *
 * <ul>
 *   <li><b>index</b> (the goal): price updates of 100 tickers, each read by exactly one
 *       probe rule, so every update has one dependent rule in both runs; the 99,900 extra rules of
 *       the large run are spread rules (1-3 subjects each) over the 3,100 other tickers and 1,000
 *       keywords, which get no updates. The ratio shows what rules that do NOT depend on an update
 *       cost it.
 *   <li><b>spread</b> (realistic): all rules spread over ~3,200 tickers and 1,000 keywords, every
 *       pane updating every ticker and keyword (1m/5m/15m each). An update's fan-out grows with the
 *       number of rules, so updates/s must fall; rule inputs/s (routed update × dependent rule) is
 *       the comparable figure.
 * </ul>
 *
 * A run counts only if every probe rule (loaded last) fired exactly once, on the first pane: then
 * all rules were in place before the updates flowed ({@link JobBenchStartGate} holds them back
 * meanwhile). Rates are measured from the end of the warm-up (the first 20% of the updates) to the
 * job's end.
 *
 * <p>Run: {@code bin/tweetrade bench run rules-throughput}; flags {@code -Dbench.updates} (index
 * runs, 1,000,000), {@code -Dbench.spread.small} / {@code -Dbench.spread.large} (updates of the
 * spread runs, 1,000,000 / 30,000), {@code -Dbench.repeat} (pairs of index runs, 2), {@code
 * -Dbench.large} (100,000 rules), {@code -Dbench.only=index|spread}, {@code -Dbench.resting} (index
 * runs: that many resting orders among the large run's rules, and a quote per price update in both
 * runs; 0).
 */
class RulesThroughputBenchmark {
  @RegisterExtension static final MiniClusterExtension FLINK = JobBenchFixtures.miniCluster();

  private static final int UPDATES = Integer.getInteger("bench.updates", 1_000_000);
  private static final int SPREAD_SMALL = Integer.getInteger("bench.spread.small", 1_000_000);
  private static final int SPREAD_LARGE = Integer.getInteger("bench.spread.large", 30_000);
  private static final int REPEAT = Integer.getInteger("bench.repeat", 2);
  private static final int SMALL = 100;
  private static final int LARGE = Integer.getInteger("bench.large", 100_000);
  private static final String ONLY = System.getProperty("bench.only", "");
  private static final int RESTING = Integer.getInteger("bench.resting", 0);
  private static final int TICKERS = 3_200;
  private static final int KEYWORDS = 1_000;
  private static final long SEED = 7;

  @Test
  void measure() throws Exception {
    List<String> tickers = JobBenchRules.tickers(TICKERS);
    List<String> keywords = JobBenchRules.keywords(KEYWORDS);
    List<String> report =
        new ArrayList<>(
            List.of(
                "# Rules throughput"
                    + " (bench/src/test/java/com/tweetrade/bench/job/RulesThroughputBenchmark.java)",
                JobBenchReport.machine(),
                "setup: MiniCluster 1 TM x 2 slots, parallelism 2, heap state backend, in-memory"
                    + " generator of aggregates (no Kafka), rates from the end of the warm-up"
                    + " (first 20% of updates) to the job's end",
                ""));
    List<JobBenchRun> runs = new ArrayList<>();
    if (!ONLY.equals("spread")) {
      List<String> hot = tickers.subList(0, SMALL);
      List<String> cold = tickers.subList(SMALL, tickers.size());
      List<RuleEvent> probes = JobBenchRules.probes(hot);
      report.add(
          "## index: "
              + UPDATES
              + " price updates of "
              + SMALL
              + " tickers, exactly 1 dependent rule each; extra rules read other subjects");
      // Resting orders replace as many spread rules: the large run still has LARGE rules.
      List<RuleEvent> resting = JobBenchRules.resting(RESTING, hot);
      List<RuleEvent> large =
          JobBenchRules.concat(
              JobBenchRules.concat(
                  JobBenchRules.spread(LARGE - SMALL - RESTING, cold, keywords, SEED), resting),
              probes);
      if (RESTING > 0) {
        report.add(
            "with "
                + RESTING
                + " resting limit orders on those tickers in the large run (ON CLOSE rules, placed"
                + " by one close of each ticker in the warm-up; never reached: trades = probes"
                + " shows none was rejected), and a quote per price update in both runs");
      }
      for (int i = 0; i < REPEAT; i++) {
        // Both runs get the closes and the quotes; only the large one has orders.
        Set<String> closing = RESTING > 0 ? Set.copyOf(hot) : Set.of();
        JobBenchRun s = run("index", probes, hot, List.of(), closing, UPDATES, probes.size(), 0);
        JobBenchRun l =
            run("index", large, hot, List.of(), closing, UPDATES, probes.size(), RESTING);
        report.add(s.line());
        report.add(l.line());
        report.add(
            String.format(
                "pair %d: ratio updates/s %,d rules / %,d rules: %.3f (goal >= 0.8)",
                i + 1, LARGE, SMALL, l.updatesPerSecond() / s.updatesPerSecond()));
        runs.add(s);
        runs.add(l);
      }
      report.add("");
      System.out.println(String.join("\n", report));
    }
    if (!ONLY.equals("index")) {
      List<RuleEvent> probes = JobBenchRules.probes(tickers.subList(0, 2));
      JobBenchRun small = spreadRun(SMALL, probes, tickers, keywords, SPREAD_SMALL);
      JobBenchRun large = spreadRun(LARGE, probes, tickers, keywords, SPREAD_LARGE);
      report.add(
          "## spread: every pane updates "
              + tickers.size()
              + " tickers and "
              + KEYWORDS
              + " keywords (x 1m/5m/15m); rules read 1-3 of them");
      report.add(small.line());
      report.add(large.line());
      report.add(
          String.format(
              "ratio updates/s %,d / %,d rules: %.4f; ratio rule inputs/s: %.3f%n",
              LARGE,
              SMALL,
              large.updatesPerSecond() / small.updatesPerSecond(),
              large.ruleInputsPerSecond() / small.ruleInputsPerSecond()));
      runs.add(small);
      runs.add(large);
    }
    report.add("load average at the end: " + JobBenchReport.loadAverage());
    JobBenchReport.write("rules-throughput.txt", String.join("\n", report) + "\n");
    for (JobBenchRun r : runs) {
      assertThat(r.valid())
          .as(
              "all probe rules fired once on the first pane (rules loaded before updates), every"
                  + " resting order placed: "
                  + r.line())
          .isTrue();
    }
  }

  /** A spread run: {@code rules} rules in all, the probes among them, read by every update. */
  private static JobBenchRun spreadRun(
      int rules, List<RuleEvent> probes, List<String> tickers, List<String> keywords, int updates)
      throws Exception {
    List<RuleEvent> spread = JobBenchRules.spread(rules - probes.size(), tickers, keywords, SEED);
    return run(
        "spread",
        JobBenchRules.concat(spread, probes),
        tickers,
        keywords,
        Set.of(),
        updates,
        probes.size(),
        0);
  }

  private static JobBenchRun run(
      String workload,
      List<RuleEvent> ruleEvents,
      List<String> tickers,
      List<String> keywords,
      Set<String> closing,
      int updates,
      int probes,
      int resting)
      throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(
            Configuration.fromMap(Map.of("pipeline.generic-types", "false")));
    env.setParallelism(2);
    DataStream<RuleEvent> rules =
        env.fromData(RulesTypes.RULE_EVENT, ruleEvents.toArray(RuleEvent[]::new))
            .map(new JobBenchRulesEmitted<>(), RulesTypes.RULE_EVENT)
            .setParallelism(1)
            .name("Bench Rules Emitted")
            .assignTimestampsAndWatermarks(EventTimeWatermarks.forRules())
            .setParallelism(1)
            .name("Bench Rules");
    JobBenchRulesEmitted.EMITTED.set(0);
    long gate = Long.getLong("bench.gate", 3_000);
    JobBenchUpdates generator = new JobBenchUpdates(tickers, keywords);
    // One generator, so event time advances evenly; the gate holds it until the rules are loaded.
    SingleOutputStreamOperator<PriceAggregate> prices =
        env.fromSequence(0, updates - 1)
            .setParallelism(1)
            .map(new JobBenchStartGate<>(ruleEvents.size(), gate, updates / 5))
            .setParallelism(1)
            .name("Bench Gate")
            .process(generator, ModelTypes.PRICE_AGGREGATE)
            .setParallelism(1)
            .name("Bench Updates");
    DataStream<SentimentAggregate> sentiments =
        prices
            .getSideOutput(JobBenchUpdates.SENTIMENTS)
            .assignTimestampsAndWatermarks(
                WatermarkStrategy.<SentimentAggregate>forMonotonousTimestamps()
                    .withTimestampAssigner((s, ts) -> s.windowEnd() - 1))
            .setParallelism(1);
    DataStream<PriceAggregate> timedPrices =
        prices
            .assignTimestampsAndWatermarks(
                WatermarkStrategy.<PriceAggregate>forMonotonousTimestamps()
                    .withTimestampAssigner((p, ts) -> p.windowEnd() - 1))
            .setParallelism(1);
    // Aggregates as ticks (the rules are ON TICK); no quotes unless resting orders are measured:
    // the orders carry their price (the ticks have it).
    DataStream<InputUpdate> tickUpdates =
        timedPrices
            .flatMap(JobBenchUpdates.priceUpdates(closing), RulesTypes.INPUT_UPDATE)
            .union(sentiments.map(JobBenchUpdates::sentimentUpdate, RulesTypes.INPUT_UPDATE));
    // With resting orders, every price update is also a quote, so each checks its ticker's book.
    DataStream<Quote> quotes =
        RESTING > 0 && workload.equals("index")
            ? timedPrices.map(
                a -> JobBenchFixtures.quote(a.ticker(), a.lastCents(), 1, a.windowEnd() - 1),
                ModelTypes.QUOTE)
            : env.fromData(ModelTypes.QUOTE, JobBenchFixtures.quote("ZZZZ", 100, 10, 1));
    RulesOutputs out =
        RulesPipeline.build(
            tickUpdates,
            quotes,
            rules,
            new RiskLimits(1_000_000, 1_000_000),
            JobBenchFixtures.FRESHNESS,
            TickerDirectory.standard(),
            WindowSet.LIVE,
            false,
            RulesStart.IMMEDIATE,
            null,
            null);
    out.trades().map(new JobBenchTradeCounter(), TradingTypes.TRADE).sinkTo(new DiscardingSink<>());
    out.openOrders()
        .map(new JobBenchRestingCounter(), TradingTypes.OPEN_ORDER)
        .sinkTo(new DiscardingSink<>());
    out.positions().sinkTo(new DiscardingSink<>());
    out.deadLetters().sinkTo(new DiscardingSink<>());
    System.out.printf(
        "bench %s: %,d rules, %,d updates, gate margin %d ms, load %s%n",
        workload, ruleEvents.size(), updates, gate, JobBenchReport.loadAverage());
    long submitted = System.currentTimeMillis();
    JobExecutionResult result =
        env.execute("RulesThroughputBenchmark-" + workload + "-" + ruleEvents.size());
    long end = System.currentTimeMillis();
    long warm = result.getAccumulatorResult(JobBenchStartGate.WARM);
    long released = result.getAccumulatorResult(JobBenchStartGate.RELEASED);
    Integer trades = result.getAccumulatorResult(JobBenchTradeCounter.TRADES);
    Integer probeTrades = result.getAccumulatorResult(JobBenchTradeCounter.PROBE_TRADES);
    Long probeLatest = result.getAccumulatorResult(JobBenchTradeCounter.PROBE_LATEST);
    Integer placed = result.getAccumulatorResult(JobBenchRestingCounter.RESTING);
    int restingPlaced = placed == null ? 0 : placed;
    long measured = updates - updates / 5;
    Map<String, Integer> fanOut = JobBenchRules.fanOut(ruleEvents);
    long ruleInputs = 0;
    for (long i = updates / 5; i < updates; i++)
      ruleInputs += fanOut.getOrDefault(generator.subject(i), 0);
    boolean valid =
        probeTrades != null
            && probeTrades == probes
            && probeLatest == JobBenchFixtures.T0 + 10_000 - 1 // the first pane's tick
            && restingPlaced == resting;
    JobBenchRun run =
        new JobBenchRun(
            workload,
            ruleEvents.size(),
            updates,
            measured,
            ruleInputs,
            (end - warm) / 1000.0,
            (released - submitted) / 1000.0,
            trades == null ? 0 : trades,
            probeTrades == null ? 0 : probeTrades,
            probes,
            restingPlaced,
            valid,
            JobBenchReport.loadAverage());
    System.out.println(run.line());
    return run;
  }
}
