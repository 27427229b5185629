package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.functions.EventTimeWatermarks;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Benchmark, not a test: updates/s through the rules part (input mapping, routing by subject,
 * per-rule evaluation, paper trading) with 100 and with 100,000 active rules, on a MiniCluster at
 * parallelism 2. Writes {@code target/bench/rules.txt}.
 *
 * <p>Workload: {@code bench.updates} price aggregates (default 1,000,000) over 100 hot tickers, one
 * per ticker per 10 s pane. Each hot ticker is read by exactly one rule ({@code price(T) > 0 ...
 * ONCE}), so every update has one dependent rule in both runs; the 99,900 extra rules of the large run
 * read keywords and trade tickers that receive no updates. That isolates what the issue asks about:
 * the cost of an update must not grow with the number of rules that do NOT depend on it. The run is
 * valid only if every hot rule fired exactly once (so all rules were loaded before updates flowed:
 * {@link BenchStartGate} holds the updates back meanwhile).
 *
 * <p>Run: {@code mvn -o verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=RulesThroughputBenchmark [-Dbench.updates=1000000]}.
 */
class RulesThroughputBenchmark {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  private static final int UPDATES = Integer.getInteger("bench.updates", 1_000_000);
  private static final int HOT = 100;

  @Test
  void measure() throws Exception {
    List<String> symbols = new ArrayList<>(TickerDirectory.standard().symbols());
    List<String> hot = new ArrayList<>(TickerDirectory.stocknet().symbols()).subList(0, HOT);
    List<String> cold = symbols.stream().filter(s -> !hot.contains(s) && s.matches("[A-Z]{1,5}")).limit(2000).toList();

    double[] small = run(rules(hot, cold, 100), hot);
    double[] large = run(rules(hot, cold, 100_000), hot);
    String report = String.join("\n",
        "# Rules throughput (flink-job/src/test/java/com/tweetrade/job/rules/RulesThroughputBenchmark.java)",
        "date: " + Instant.now(),
        "machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
            + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB; MiniCluster 1 TM x 2 slots, parallelism 2",
        "workload: " + UPDATES + " price aggregates over " + HOT + " tickers, 1 dependent rule per update",
        String.format("100 rules:     %,.0f updates/s (%d trades, expected %d)", small[0], (long) small[1], HOT),
        String.format("100,000 rules: %,.0f updates/s (%d trades, expected %d)", large[0], (long) large[1], HOT),
        String.format("ratio 100,000 / 100: %.3f (goal >= 0.8)", large[0] / small[0]),
        "");
    Path out = Path.of("target/bench/rules.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
    assertThat((long) small[1]).as("every hot rule fired once with 100 rules").isEqualTo(HOT);
    assertThat((long) large[1]).as("every hot rule fired once with 100,000 rules").isEqualTo(HOT);
  }

  /** {@code count} rules: the extra cold ones first, the hot ones last (so they are loaded last). */
  private static List<RuleEvent> rules(List<String> hot, List<String> cold, int count) {
    List<RuleEvent> rules = new ArrayList<>();
    for (int i = 0; i < count - HOT; i++) {
      rules.add(RuleEvent.create("cold-" + i, "user-" + (i % 1000),
          "WHEN sentiment(\"kw" + i + "\", 5m) > 0.5 THEN BUY 1 " + cold.get(i % cold.size()), T0));
    }
    for (int i = 0; i < HOT; i++) {
      rules.add(RuleEvent.create("hot-" + i, "user-" + i, "WHEN price(" + hot.get(i) + ") > 0 THEN BUY 1 "
          + hot.get(i) + " ONCE", T0));
    }
    return rules;
  }

  /** Returns {updates per second after the gate, trades}. */
  private static double[] run(List<RuleEvent> ruleEvents, List<String> hot) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
        Configuration.fromMap(Map.of("pipeline.generic-types", "false")));
    env.setParallelism(2);
    DataStream<RuleEvent> rules = env.fromData(RulesTypes.RULE_EVENT, ruleEvents.toArray(RuleEvent[]::new))
        .assignTimestampsAndWatermarks(EventTimeWatermarks.forRules()).name("Bench Rules");
    long gate = 3_000 + ruleEvents.size() / 10;
    // One generator, so event time advances evenly (two would split the sequence into far-apart halves).
    DataStream<PriceAggregate> prices = env.fromSequence(0, UPDATES - 1).setParallelism(1)
        .map(new BenchStartGate<>(gate)).setParallelism(1).name("Bench Gate")
        .map(new PriceOf(hot), org.apache.flink.api.common.typeinfo.TypeInformation.of(PriceAggregate.class))
        .setParallelism(1).name("Bench Prices")
        .assignTimestampsAndWatermarks(WatermarkStrategy.<PriceAggregate>forMonotonousTimestamps()
            .withTimestampAssigner((p, ts) -> p.windowEnd() - 1)).setParallelism(1);
    DataStream<SentimentAggregate> sentiments = env.fromData(new SentimentAggregate("kw0", "5m", T0, 0.1, 1, 0, 0))
        .assignTimestampsAndWatermarks(WatermarkStrategy.<SentimentAggregate>forMonotonousTimestamps()
            .withTimestampAssigner((s, ts) -> s.windowEnd() - 1));
    RulesOutputs out = RulesPipeline.build(prices, sentiments, rules, new RiskLimits(1_000_000, 1_000_000),
        TickerDirectory.standard());
    out.trades().map(new CountTrades()).sinkTo(new DiscardingSink<>());
    out.positions().sinkTo(new DiscardingSink<>());
    JobExecutionResult result = env.execute("RulesThroughputBenchmark-" + ruleEvents.size());
    long released = result.getAccumulatorResult(BenchStartGate.RELEASED);
    long last = result.getAccumulatorResult(BenchStartGate.LAST);
    Integer trades = result.getAccumulatorResult(CountTrades.COUNT);
    // The gate's last record passes before the rules part finishes: end at the job's end instead.
    double seconds = Math.max(last, System.currentTimeMillis()) - released;
    return new double[] {UPDATES / (seconds / 1000.0), trades == null ? 0 : trades};
  }

  /** Update number i: ticker i % 100, pane i / 100 (event time advances 10 s per round of tickers). */
  static final class PriceOf implements MapFunction<Long, PriceAggregate> {
    private final List<String> hot;

    PriceOf(List<String> hot) {
      this.hot = new ArrayList<>(hot);
    }

    @Override
    public PriceAggregate map(Long i) {
      String ticker = hot.get((int) (i % hot.size()));
      long end = T0 + (i / hot.size() + 1) * 10_000;
      long price = 10_000 + i % 97;
      return new PriceAggregate(ticker, "1m", end, price, price, price, price, price, 6, 600);
    }
  }

  /** Counts trades in an accumulator. */
  static final class CountTrades extends org.apache.flink.api.common.functions.RichMapFunction<Trade, Trade> {
    static final String COUNT = "bench-trades";
    private transient org.apache.flink.api.common.accumulators.IntCounter count;

    @Override
    public void open(org.apache.flink.api.common.functions.OpenContext ctx) {
      count = new org.apache.flink.api.common.accumulators.IntCounter();
      getRuntimeContext().addAccumulator(COUNT, count);
    }

    @Override
    public Trade map(Trade t) {
      count.add(1);
      return t;
    }
  }
}
