package com.tweetrade.job.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (issue 17): the StockNet backtest of the issue's rule, {@code WHEN
 * sentiment("$AAPL", 1d) > 0.3 AND price(AAPL) > avg(AAPL, 5d) THEN BUY 10 AAPL}, and 99 other
 * rules over 2014-01-01..2015-12-31, run as {@code bin/tweetrade backtest} runs it ({@link
 * BacktestCommand}, report files included). The wall time counts everything from the command's
 * start: reading and scoring the data, the MiniCluster and job start, the job, the report. Goal: at
 * most 60 s on the project's 2-core machine. Writes {@code
 * flink-job/target/bench/backtest-stocknet.txt}.
 *
 * <p>The 99 rules go round the 88 StockNet tickers in four shapes: sentiment and a 5d average (the
 * issue's), a dip under the 20d average, a 5d rise, and 5d sentiment with a day's post count ON
 * CLOSE; their cashtags make the job read nearly all of the data's posts.
 *
 * <p>Run: {@code bin/tweetrade bench run backtest-stocknet}; flags {@code -Dbench.from}
 * (2014-01-01), {@code -Dbench.to} (2015-12-31).
 */
class StockNetBacktestBenchmark {
  private static final String FROM = System.getProperty("bench.from", "2014-01-01");
  private static final String TO = System.getProperty("bench.to", "2015-12-31");
  private static final String ISSUE_RULE =
      "WHEN sentiment(\"$AAPL\", 1d) > 0.3 AND price(AAPL) > avg(AAPL, 5d) THEN BUY 10 AAPL";

  @Test
  void measure() throws Exception {
    Path dir = Path.of("target", "bench");
    Files.createDirectories(dir);
    Path rules = dir.resolve("backtest-stocknet-rules.txt");
    List<String> tickers =
        StockNetHistory.read(StockNetHistory.shippedDir()).tickers().stream().sorted().toList();
    Files.write(rules, rules(tickers));

    BacktestRun run =
        BacktestRun.execute(
            "--from",
            FROM,
            "--to",
            TO,
            "--rules",
            rules.toString(),
            "--out",
            dir.resolve("backtest-stocknet").toString());
    assertThat(run.code()).as(run.err()).isZero();

    String report =
        String.format(
            "StockNet backtest, 100 rules (the issue's and 99 more), %s .. %s%n"
                + "wall time incl. data, job start and report: %.1f s (goal <= 60 s: %s)%n"
                + "%s%n%n%s%n%s",
            FROM,
            TO,
            run.seconds(),
            run.seconds() <= 60 ? "met" : "not met",
            BacktestRun.machine(),
            run.err().strip(),
            run.out().strip());
    Files.writeString(dir.resolve("backtest-stocknet.txt"), report + "\n");
    System.out.println(report);
  }

  /** The issue's rule and 99 more, four shapes round the tickers. */
  static List<String> rules(List<String> tickers) {
    List<String> rules = new ArrayList<>(List.of(ISSUE_RULE));
    for (int i = 1; rules.size() < 100; i++) {
      String t = tickers.get(i % tickers.size());
      rules.add(
          switch (i % 4) {
            case 0 ->
                "WHEN sentiment(\"$"
                    + t
                    + "\", 1d) > 0.3 AND price("
                    + t
                    + ") > avg("
                    + t
                    + ", 5d) THEN BUY 10 "
                    + t;
            case 1 -> "WHEN price(" + t + ") < avg(" + t + ", 20d) * 0.97 THEN BUY 5 " + t;
            case 2 -> "WHEN change(" + t + ", 5d) > 3% THEN SELL 5 " + t;
            default ->
                "WHEN sentiment(\"$"
                    + t
                    + "\", 5d) < -0.1 AND volume(\"$"
                    + t
                    + "\", 1d) >= 3 THEN SELL 5 "
                    + t
                    + " ON CLOSE";
          });
    }
    return rules;
  }
}
