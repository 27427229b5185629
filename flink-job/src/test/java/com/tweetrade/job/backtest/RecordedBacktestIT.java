package com.tweetrade.job.backtest;

import static com.tweetrade.job.Fixtures.ONE_SECOND;
import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.TEN_SECONDS;
import static com.tweetrade.job.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.tweetrade.job.AggregateOracle;
import com.tweetrade.job.AggregateOracle.Mention;
import com.tweetrade.job.StackJobs;
import com.tweetrade.job.io.CassandraSinks;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.tables.Tables;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backtest --source recorded} on the real Cassandra: the windows the job would have stored
 * for known quotes and posts (computed the obvious way, {@link AggregateOracle}) are written, with
 * the same series of another ticker and keyword beside them; the backtest reads only the partitions
 * of its rules and makes the trades worked out by hand; bad input is one line, exit 2, nothing
 * written.
 */
@ExtendWith(RealStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedBacktestIT {
  private static final String DAY = "2024-03-01";

  /** Read for the one close at its midnight, the end of DAY's last pane. */
  private static final String NEXT_DAY = "2024-03-02";

  /**
   * AAPL (and MSFT, the same) quotes one a pane, 1 s into it: 100.00 for two minutes, then 110.00
   * for one.
   */
  private static final List<Quote> QUOTES = quotes();

  /** Two posts on $AAPL (and $MSFT) at 2:25 and 2:28, both 0.6. */
  private static final List<Mention> MENTIONS =
      List.of(
          new Mention("$AAPL", 0.6, T0 + 145 * ONE_SECOND),
          new Mention("$AAPL", 0.6, T0 + 148 * ONE_SECOND),
          new Mention("$MSFT", 0.6, T0 + 145 * ONE_SECOND));

  /**
   * Decided at the close of 2:10, the first pane with a 110.00 quote: the 1m window holds five
   * quotes at 100.00 and one at 110.00, avg 101.67 &lt; 110.
   */
  private static final String BUY_ABOVE_AVG =
      "WHEN price(AAPL) > avg(AAPL, 1m) THEN BUY 10 AAPL ON CLOSE";

  /** Decided at the close of 2:30, the first with a post: mean 0.6, price 110. */
  private static final String SELL_ON_POSTS =
      "WHEN sentiment(\"$AAPL\", 1m) > 0.5 AND price(AAPL) > 105 THEN SELL 5 AAPL ON CLOSE";

  @TempDir Path dir;
  private String keyspace;
  private String cql;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void forgetTheLastRunsLines() {
    err.reset();
  }

  @BeforeAll
  void storeTheWindows(RealStack stack) {
    keyspace = stack.createKeyspace();
    cql = StackJobs.cql(stack);
    long firstEnd = T0 + TEN_SECONDS;
    long lastEnd = T0 + 20 * 60 * ONE_SECOND;
    try (CqlSession session = stack.cqlSession(keyspace)) {
      for (PriceAggregate a : AggregateOracle.prices(QUOTES, firstEnd, lastEnd, TEN_SECONDS)) {
        session.execute(
            Tables.StockTimeSeries.TABLE.insert(keyspace),
            a.ticker(),
            a.window(),
            CassandraSinks.day(a.windowEnd()),
            Instant.ofEpochMilli(a.windowEnd()),
            a.avgCents(),
            a.vwapCents(),
            a.minCents(),
            a.maxCents(),
            a.lastCents(),
            a.count(),
            a.volume());
      }
      for (SentimentAggregate a :
          AggregateOracle.sentiments(MENTIONS, firstEnd, lastEnd, TEN_SECONDS)) {
        session.execute(
            Tables.TwitterKeySentiments.TABLE.insert(keyspace),
            a.keyword(),
            a.window(),
            CassandraSinks.day(a.windowEnd()),
            Instant.ofEpochMilli(a.windowEnd()),
            a.meanCompound(),
            a.count(),
            a.sharePositive(),
            a.shareNegative());
      }
    }
  }

  @Test
  void shouldTradeAtTheStoredClosesAsWorkedOutByHand() throws Exception {
    Path out = dir.resolve("run");
    assertThat(backtest(out, DAY, DAY, BUY_ABOVE_AVG, SELL_ON_POSTS)).as(errText()).isZero();

    List<String> csv = Files.readAllLines(out.resolve("trades.csv"));
    assertThat(csv).hasSize(3);
    assertThat(csv.get(1))
        .startsWith("2024-03-01T10:02:10Z,rule-1,BUY,10,AAPL,110.00,FILLED,")
        .contains("avg:AAPL:1m = 101.6667");
    assertThat(csv.get(2))
        .startsWith("2024-03-01T10:02:30Z,rule-2,SELL,5,AAPL,110.00,FILLED,")
        .contains("sentiment:$AAPL:1m = 0.6000");
    // AAPL's 1m (the rule's and the price's freshness) and 15m (every close), $AAPL's 1m and 15m,
    // of the day and the next; none of MSFT's, though they are stored beside them.
    assertThat(errText()).contains("(8 partitions of " + keyspace + ")");
  }

  @Test
  void shouldReadOnlyThePartitionsOfTheRules(RealStack stack) {
    RecordedRules rules = RecordedRules.of(List.of(BUY_ABOVE_AVG, SELL_ON_POSTS), T0 - 1);
    try (RecordedTables tables =
        RecordedTables.connect(stack.cassandraContactPoint(), Optional.empty(), keyspace)) {
      LocalDate day = LocalDate.parse(DAY);
      RecordedHistory history = RecordedHistory.read(tables, rules, day, day);

      assertThat(history.partitions())
          .containsExactly(
              "stocktimeseries/AAPL/1m/" + DAY,
              "stocktimeseries/AAPL/1m/" + NEXT_DAY,
              "stocktimeseries/AAPL/15m/" + DAY,
              "stocktimeseries/AAPL/15m/" + NEXT_DAY,
              "twitterkeysentiments/$AAPL/1m/" + DAY,
              "twitterkeysentiments/$AAPL/1m/" + NEXT_DAY,
              "twitterkeysentiments/$AAPL/15m/" + DAY,
              "twitterkeysentiments/$AAPL/15m/" + NEXT_DAY);
      assertThat(history.closes()).extracting(u -> u.subject()).containsOnly("AAPL", "$AAPL");
      // AAPL closes from 0:10 to 17:50 (its last quote leaves the 15m window), then "no data";
      // $AAPL from 2:30 to 17:20, then "no data".
      assertThat(history.closes()).filteredOn(u -> u.subject().equals("AAPL")).hasSize(107 + 1);
      assertThat(history.closes()).filteredOn(u -> u.subject().equals("$AAPL")).hasSize(90 + 1);
    }
  }

  @Test
  void shouldGiveByteIdenticalTradesTwice() throws Exception {
    assertThat(backtest(dir.resolve("a"), DAY, DAY, BUY_ABOVE_AVG, SELL_ON_POSTS)).isZero();
    assertThat(backtest(dir.resolve("b"), DAY, DAY, BUY_ABOVE_AVG, SELL_ON_POSTS)).isZero();

    byte[] first = Files.readAllBytes(dir.resolve("a/trades.csv"));
    assertThat(Files.readAllLines(dir.resolve("a/trades.csv"))).hasSize(3);
    assertThat(Files.readAllBytes(dir.resolve("b/trades.csv"))).isEqualTo(first);
  }

  @Test
  void shouldDecideOnTickRulesAtTheClosesWithAWarning() throws Exception {
    Path out = dir.resolve("tick");
    assertThat(backtest(out, DAY, DAY, "WHEN price(AAPL) > avg(AAPL, 1m) THEN BUY 10 AAPL"))
        .isZero();

    assertThat(Files.readAllLines(out.resolve("trades.csv")).get(1))
        .startsWith("2024-03-01T10:02:10Z,rule-1,BUY,10,AAPL,110.00,FILLED,");
    assertThat(errText()).contains("warning: rule-1 is ON TICK");
    assertThat(Files.readString(out.resolve("summary.json"))).contains("rule-1 is ON TICK");
  }

  @Test
  void shouldRefuseATickerWithoutRowsInTheRange() {
    assertRefused(
        backtest(dir.resolve("out"), "2024-03-05", "2024-03-06", BUY_ABOVE_AVG),
        "backtest: no recorded prices for AAPL between 2024-03-05 and 2024-03-06");
  }

  @Test
  void shouldRefuseAnUnknownTicker() {
    assertRefused(
        backtest(dir.resolve("out"), DAY, DAY, "WHEN price(ZZZQ) > 1 THEN BUY 1 ZZZQ ON CLOSE"),
        "ZZZQ");
  }

  @Test
  void shouldRefuseAKeywordWithoutRowsInTheRange() {
    assertRefused(
        backtest(
            dir.resolve("out"),
            DAY,
            DAY,
            "WHEN sentiment(\"nvidia\", 1m) > 0.5 AND price(AAPL) > 1 THEN BUY 1 AAPL ON CLOSE"),
        "backtest: no recorded sentiment for \"nvidia\" between 2024-03-01 and 2024-03-01");
  }

  @Test
  void shouldRefuseFromAfterTo() {
    assertRefused(
        backtest(dir.resolve("out"), "2024-03-02", DAY, BUY_ABOVE_AVG),
        "backtest: --from 2024-03-02 is after --to 2024-03-01");
  }

  @Test
  void shouldRefuseARuleThatDoesNotParse() {
    assertRefused(
        backtest(dir.resolve("out"), DAY, DAY, "WHEN price(AAPL) >> 1 THEN BUY"),
        "backtest: rule 'WHEN price(AAPL) >> 1 THEN BUY' does not parse: ");
  }

  @Test
  void shouldRefuseAWindowNoStoredSeriesHas() {
    assertRefused(
        backtest(dir.resolve("out"), DAY, DAY, "WHEN price(AAPL) > avg(AAPL, 1h) THEN BUY 1 AAPL"),
        "1h");
    assertThat(errText()).contains("is refused").contains("recorded history");
  }

  @Test
  void shouldRefuseRulesMixingMinuteAndDayWindows() {
    assertRefused(
        backtest(
            dir.resolve("out"),
            DAY,
            DAY,
            "WHEN avg(AAPL, 1m) > avg(AAPL, 5d) THEN BUY 1 AAPL ON CLOSE"),
        "backtest: the rules read windows of the live job (1m) and of the StockNet import (5d)");
  }

  @Test
  void shouldSayCassandraIsUnreachable() {
    assertRefused(
        BacktestCommand.execute(
            args(dir.resolve("out"), DAY, DAY, "127.0.0.1:1", BUY_ABOVE_AVG),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8)),
        "backtest: Cassandra at 127.0.0.1:1 is unreachable");
  }

  private int backtest(Path out, String from, String to, String... rules) {
    return BacktestCommand.execute(
        args(out, from, to, cql, rules),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String[] args(Path out, String from, String to, String cqlHostPort, String... rules) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--source",
                "recorded",
                "--cql",
                cqlHostPort,
                "--keyspace",
                keyspace,
                "--from",
                from,
                "--to",
                to,
                "--out",
                out.toString()));
    for (String r : rules) {
      args.add("--rule");
      args.add(r);
    }
    return args.toArray(String[]::new);
  }

  private void assertRefused(int code, String message) {
    assertThat(code).as(errText()).isEqualTo(BacktestCommand.BAD_INPUT);
    assertThat(errText().lines().toList()).as("one line").hasSize(1);
    assertThat(errText()).startsWith("backtest: ").contains(message);
    assertThat(Files.exists(dir.resolve("out"))).as("nothing written").isFalse();
  }

  private String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static List<Quote> quotes() {
    List<Quote> quotes = new ArrayList<>();
    for (String ticker : Set.of("AAPL", "MSFT")) {
      for (int i = 0; i < 18; i++) {
        quotes.add(quote(ticker, i < 12 ? 10_000 : 11_000, 10, T0 + ONE_SECOND + i * TEN_SECONDS));
      }
    }
    return quotes;
  }
}
