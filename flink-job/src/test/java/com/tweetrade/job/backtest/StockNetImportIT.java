package com.tweetrade.job.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.job.StackJobs;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backtest import stocknet} on the real Cassandra: AAPL's January 2015 goes into the history
 * tables as the job's own day windows, and a recorded backtest over them makes the trades the
 * StockNet source makes for the same rules and range.
 */
@ExtendWith(RealStackExtension.class)
class StockNetImportIT {
  private static final String FROM = "2015-01-02";
  private static final String TO = "2015-01-30";

  /** ON CLOSE, and each reads the price of what it trades: decided the same way on both sources. */
  private static final List<String> RULES =
      List.of(
          "WHEN price(AAPL) > avg(AAPL, 5d) THEN BUY 10 AAPL ON CLOSE",
          "WHEN sentiment(\"$AAPL\", 1d) > 0.3 AND price(AAPL) > 105 THEN SELL 5 AAPL ON CLOSE",
          "WHEN change(AAPL, 20d) < -2% THEN BUY 3 AAPL ON CLOSE");

  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void shouldServeTheStockNetTradesFromTheImportedWindows(RealStack stack) throws Exception {
    String keyspace = stack.createKeyspace();
    String cql = StackJobs.cql(stack);

    int imported =
        run(
            "import",
            "stocknet",
            "--tickers",
            "AAPL",
            "--from",
            FROM,
            "--to",
            TO,
            "--cql",
            cql,
            "--keyspace",
            keyspace);
    assertThat(imported).as(text(err)).isZero();
    assertThat(text(err)).contains("backtest import: done");

    try (CqlSession session = stack.cqlSession(keyspace)) {
      // AAPL's adjusted close of Monday 2015-01-05 (100.94) is the last price of the day window
      // ending at Tuesday's midnight.
      Row monday =
          session
              .execute(
                  "SELECT last_cents, quotes FROM stocktimeseries WHERE ticker = 'AAPL' AND window"
                      + " = '1d' AND day = '2015-01-06'")
              .one();
      assertThat(monday).isNotNull();
      assertThat(monday.getLong("last_cents")).isEqualTo(10094);
      assertThat(monday.getLong("quotes")).isEqualTo(1);
      assertThat(
              session
                  .execute(
                      "SELECT tweets FROM twitterkeysentiments WHERE keyword = '$AAPL' AND window"
                          + " = '1d' AND day = '2015-01-06'")
                  .one())
          .as("the day's $AAPL posts")
          .isNotNull();
      assertThat(
              session
                  .execute(
                      "SELECT * FROM stocktimeseries WHERE ticker = 'MSFT' AND window = '1d' AND"
                          + " day = '2015-01-06'")
                  .one())
          .as("only the tickers asked for")
          .isNull();
    }

    Path stocknet = dir.resolve("stocknet");
    Path recorded = dir.resolve("recorded");
    assertThat(backtest(stocknet, "--source", "stocknet")).as(text(err)).isZero();
    assertThat(backtest(recorded, "--source", "recorded", "--cql", cql, "--keyspace", keyspace))
        .as(text(err))
        .isZero();

    List<String> expected = inRange(Files.readAllLines(stocknet.resolve("trades.csv")));
    assertThat(expected).as("the rules traded").hasSizeGreaterThanOrEqualTo(3);
    assertThat(inRange(Files.readAllLines(recorded.resolve("trades.csv"))))
        .containsExactlyElementsOf(expected);
  }

  /**
   * The trades decided on the range's closes: the StockNet source goes on deciding while its
   * windows drain after the last day, the recorded one reads the range.
   */
  private static List<String> inRange(List<String> csv) {
    List<String> lines = new ArrayList<>();
    for (String line : csv.subList(1, csv.size())) {
      if (line.substring(0, line.indexOf(',')).compareTo("2015-01-31T00:00:00Z") <= 0)
        lines.add(line);
    }
    return lines;
  }

  private int backtest(Path out, String... source) {
    List<String> args = new ArrayList<>(List.of(source));
    args.addAll(List.of("--from", FROM, "--to", TO, "--out", out.toString()));
    for (String r : RULES) {
      args.add("--rule");
      args.add(r);
    }
    return run(args.toArray(String[]::new));
  }

  private int run(String... args) {
    return BacktestCommand.execute(
        args,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
