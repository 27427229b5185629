package com.tweetrade.job.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.tweetrade.job.StackJobs;
import com.tweetrade.job.io.CassandraSinks;
import com.tweetrade.model.Window;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.tables.Tables;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (issue 17): a recorded backtest of one ticker over 5 days of 10-second
 * panes, 43,200 pane closes (rows of each of the 1m, 5m and 15m windows) in the real Cassandra, run
 * as {@code bin/tweetrade backtest --source recorded} runs it ({@link BacktestCommand}, reading the
 * partitions and writing the report included). Goal: at most 15 s including job start on the
 * project's 2-core machine. Also the rules path alone ({@link Backtest#run(RecordedHistory, List,
 * long, PrintStream)} on the history already read): pane closes per second, beside the live rules
 * benchmark's updates/s. Writes {@code flink-job/target/bench/backtest-recorded.txt}.
 *
 * <p>The rows are those of one quote a pane (a seeded random walk around 100.00), written before
 * the clock starts. Run: {@code bin/tweetrade bench run backtest-recorded}.
 */
@ExtendWith(RealStackExtension.class)
class RecordedBacktestBenchmark {
  private static final LocalDate FIRST = LocalDate.of(2024, 3, 4);
  private static final int DAYS = 5;
  private static final long PANE = 10_000;
  private static final int PANES = DAYS * 8_640;
  private static final String RULE = "WHEN price(AAPL) > avg(AAPL, 5m) THEN BUY 10 AAPL ON CLOSE";

  @Test
  void measure(RealStack stack) throws Exception {
    String keyspace = stack.createKeyspace();
    try (CqlSession session = stack.cqlSession(keyspace)) {
      store(session, keyspace);
    }
    String cql = StackJobs.cql(stack);
    String last = FIRST.plusDays(DAYS - 1).toString();
    Path dir = Path.of("target", "bench");
    Files.createDirectories(dir);

    BacktestRun run =
        BacktestRun.execute(
            "--source", "recorded",
            "--cql", cql,
            "--keyspace", keyspace,
            "--from", FIRST.toString(),
            "--to", last,
            "--rule", RULE,
            "--out", dir.resolve("backtest-recorded").toString());
    assertThat(run.code()).as(run.err()).isZero();

    // The rules path alone: the same closes, read once, through the job's rules and paper trading.
    RecordedRules rules = RecordedRules.of(List.of(RULE), 0);
    RecordedHistory history;
    try (RecordedTables tables =
        RecordedTables.connect(stack.cassandraContactPoint(), Optional.empty(), keyspace)) {
      history = RecordedHistory.read(tables, rules, FIRST, LocalDate.parse(last));
    }
    long rulesStart = System.nanoTime();
    Backtest.run(
        history, rules.events(), 10_000_000L, new PrintStream(OutputStream.nullOutputStream()));
    double rulesSeconds = (System.nanoTime() - rulesStart) / 1e9;

    String report =
        String.format(
            "Recorded backtest, one ticker, %d days of 10 s panes (%,d rows a window), %s .. %s%n"
                + "wall time incl. reading, job start and report: %.1f s (goal <= 15 s: %s)%n"
                + "rules path alone (job start included): %,d pane closes in %.1f s = %,.0f"
                + " updates/s%n"
                + "%s%n%n%s%n%s",
            DAYS,
            PANES,
            FIRST,
            last,
            run.seconds(),
            run.seconds() <= 15 ? "met" : "not met",
            history.closes().size(),
            rulesSeconds,
            history.closes().size() / rulesSeconds,
            BacktestRun.machine(),
            run.err().strip(),
            run.out().strip());
    Files.writeString(dir.resolve("backtest-recorded.txt"), report + "\n");
    System.out.println(report);
  }

  /**
   * The rows of AAPL's 1m, 5m and 15m windows at every pane boundary of the days: one quote a pane,
   * 1 s into it, a random walk of a cent or two, 10 to 100 shares.
   */
  private static void store(CqlSession session, String keyspace) throws Exception {
    PreparedStatement insert = session.prepare(Tables.StockTimeSeries.TABLE.insert(keyspace));
    long t0 = FIRST.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    Random random = new Random(17);
    long[] price = new long[PANES];
    long[] size = new long[PANES];
    long p = 10_000;
    for (int i = 0; i < PANES; i++) {
      p = Math.max(100, p + random.nextInt(5) - 2);
      price[i] = p;
      size[i] = 10 + random.nextInt(91);
    }
    Deque<CompletionStage<AsyncResultSet>> inFlight = new ArrayDeque<>();
    for (int i = 0; i < PANES; i++) {
      long end = t0 + (i + 1) * PANE;
      for (Window w : WindowSet.LIVE.windows()) {
        int panes = (int) (w.length().toMillis() / PANE);
        long n = 0, volume = 0, sum = 0, sumPv = 0, min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int j = Math.max(0, i - panes + 1); j <= i; j++) {
          n++;
          volume += size[j];
          sum += price[j];
          sumPv += price[j] * size[j];
          min = Math.min(min, price[j]);
          max = Math.max(max, price[j]);
        }
        inFlight.add(
            session.executeAsync(
                insert.bind(
                    "AAPL",
                    w.label(),
                    CassandraSinks.day(end),
                    Instant.ofEpochMilli(end),
                    (double) sum / n,
                    (double) sumPv / volume,
                    min,
                    max,
                    price[i],
                    n,
                    volume)));
        if (inFlight.size() >= 128) inFlight.poll().toCompletableFuture().get();
      }
    }
    while (!inFlight.isEmpty()) inFlight.poll().toCompletableFuture().get();
  }
}
