package com.tweetrade.bench.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.rules.RuleEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Benchmark, not a test: event-to-trade latency of the whole job graph ({@link
 * TweeTradeJob#attach}: routing, 10 s panes, 1m/5m/15m windows, sentiment scoring, rules, paper
 * trading) at the original system's load, 3,200 quotes/s over 3,200 tickers and 100 tweets/s, with
 * 10,000 rules, on a MiniCluster at parallelism 2. Writes {@code
 * bench/target/bench/rules-latency.txt}.
 *
 * <p>Without checkpoints: the paced generators hold their first record in the task thread until the
 * rules are out, and a checkpoint in that time would stall (its barrier waits for the blocked
 * generators while the rules' channel is held for alignment).
 *
 * <p>Latency = wall clock when the trade reaches the trades sink minus the trade's event time. A
 * trade's event time is the end of the pane whose aggregates fired it, i.e. the event time of the
 * newest input that can have contributed; the pane closes only when the watermark passes its end,
 * so the figure includes the watermark's out-of-orderness bound (the job's default, 5 s). Inputs
 * are in memory (paced generators), not Kafka, and the trades sink is not Kafka's transactional
 * one: a read_committed reader sees a trade only at the next checkpoint (up to 10 s more;
 * docs/benchmarks.md).
 *
 * <p>Run: {@code bin/tweetrade bench run rules-latency}; flags {@code -Dbench.seconds} (input
 * duration, 180), {@code -Dbench.rules} (10,000), {@code -Dbench.quotesPerSecond} (3,200), {@code
 * -Dbench.tweetsPerSecond} (100).
 */
class RulesLatencyBenchmark {
  @RegisterExtension static final MiniClusterExtension FLINK = JobBenchFixtures.miniCluster();

  private static final int SECONDS = Integer.getInteger("bench.seconds", 180);
  private static final int RULES = Integer.getInteger("bench.rules", 10_000);
  private static final int QUOTES_PER_SECOND = Integer.getInteger("bench.quotesPerSecond", 3_200);
  private static final int TWEETS_PER_SECOND = Integer.getInteger("bench.tweetsPerSecond", 100);
  private static final long WARM_UP_MS = 40_000;
  private static final long MARGIN_MS = 3_000;

  @Test
  void measure() throws Exception {
    List<String> tickers = JobBenchRules.tickers(3_200);
    List<String> keywords = JobBenchRules.keywords(1_000);
    List<RuleEvent> rules = JobBenchRules.spread(RULES, tickers, keywords, 7);
    JobConfig config = JobConfig.defaults();
    long quoteCount = (long) QUOTES_PER_SECOND * SECONDS;
    long tweetCount = (long) TWEETS_PER_SECOND * SECONDS;
    // Trades of the last 20 s are left out: at the input's end the final watermark closes every
    // pane at once.
    JobBenchLatencyRecorder recorder =
        new JobBenchLatencyRecorder(WARM_UP_MS, SECONDS * 1000L - 20_000);
    JobBenchLatencyIo io =
        new JobBenchLatencyIo(
            rules,
            new JobBenchQuotes(tickers, QUOTES_PER_SECOND, rules.size(), MARGIN_MS),
            quoteCount,
            new JobBenchTweets(keywords, tickers, TWEETS_PER_SECOND, rules.size(), MARGIN_MS),
            tweetCount,
            config.outOfOrderness(),
            config.idleness(),
            recorder);

    JobBenchRulesEmitted.EMITTED.set(0);
    JobBenchPacer.RELEASED_AT.set(0);
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(
            Configuration.fromMap(Map.of("pipeline.generic-types", "false")));
    env.setParallelism(2);
    new TweeTradeJob(config, io).attach(env);
    String before = JobBenchReport.loadAverage();
    JobExecutionResult result = env.execute("RulesLatencyBenchmark");

    TreeMap<Integer, Integer> histogram =
        result.getAccumulatorResult(JobBenchLatencyRecorder.LATENCY);
    long trades = result.getAccumulatorResult(JobBenchLatencyRecorder.ALL);
    long quotes = result.getAccumulatorResult("bench-quotes-count");
    long quotesLast = result.getAccumulatorResult("bench-quotes-last-ms");
    long tweets = result.getAccumulatorResult("bench-tweets-count");
    long released = JobBenchPacer.RELEASED_AT.get();
    double quoteRate = quotes / ((quotesLast - released) / 1000.0);
    int measured = histogram.values().stream().mapToInt(Integer::intValue).sum();
    List<String> report =
        new ArrayList<>(
            List.of(
                "# Rules event-to-trade latency"
                    + " (bench/src/test/java/com/tweetrade/bench/job/RulesLatencyBenchmark.java)",
                JobBenchReport.machine(),
                "load average at the start: " + before,
                "setup: whole job graph (TweeTradeJob.attach) in a MiniCluster, 1 TM x 2 slots,"
                    + " parallelism 2, no checkpoints, in-memory paced inputs (no Kafka), trades"
                    + " timed at the trades sink",
                String.format(
                    "input: %,d quotes over %,d tickers at %,d/s target (%,.0f/s achieved), %,d"
                        + " tweets at %d/s over %,d keywords, %d s",
                    quotes,
                    tickers.size(),
                    QUOTES_PER_SECOND,
                    quoteRate,
                    tweets,
                    TWEETS_PER_SECOND,
                    keywords.size(),
                    SECONDS),
                String.format(
                    "rules: %,d spread over the tickers and keywords (1-3 subjects each); panes 10"
                        + " s, out-of-orderness %d s",
                    rules.size(), config.outOfOrderness().toSeconds()),
                String.format(
                    "trades: %,d in all, %,d measured (event time from %d s after the input started"
                        + " to 20 s before its end)",
                    trades, measured, WARM_UP_MS / 1000),
                "latency = trade at the sink (wall clock) - trade event time (end of the pane that"
                    + " fired it), ms:",
                String.format(
                    "  p50 %d, p90 %d, p99 %d, max %d, min %d",
                    percentile(histogram, 0.50),
                    percentile(histogram, 0.90),
                    percentile(histogram, 0.99),
                    histogram.isEmpty() ? -1 : histogram.lastKey(),
                    histogram.isEmpty() ? -1 : histogram.firstKey()),
                "load average at the end: " + JobBenchReport.loadAverage(),
                ""));
    JobBenchReport.write("rules-latency.txt", String.join("\n", report));
    assertThat(measured).as("trades measured").isPositive();
  }

  static int percentile(TreeMap<Integer, Integer> histogram, double q) {
    long total = histogram.values().stream().mapToLong(Integer::longValue).sum();
    long rank = (long) Math.ceil(q * total);
    long seen = 0;
    for (Map.Entry<Integer, Integer> e : histogram.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) return e.getKey();
    }
    return -1;
  }
}
