package com.tweetrade.job.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/tweetrade backtest} end to end on the shipped StockNet data: the production job (on a
 * local MiniCluster) decides the rules, the trades and figures are exact, and a second run is
 * byte-identical.
 */
class BacktestIT {
  @TempDir Path dir;

  /**
   * AAPL's adjusted closes, 2015-01-02..09: 103.87, 100.94, 100.95, 102.37, 106.30, 106.41. "Below
   * 101" rises on the 5th (buy 10 at 100.94); "above 106" first holds on the 8th (sell 10 at
   * 106.30).
   */
  @Test
  void shouldTradeExactlyWhatTheRulesSayOnTheClosesAndReportIt() throws Exception {
    Path out = dir.resolve("run");
    int code =
        run(
            "--from",
            "2015-01-02",
            "--to",
            "2015-01-09",
            "--capital",
            "100000",
            "--out",
            out.toString(),
            "--rule",
            "WHEN price(AAPL) < 101 THEN BUY 10 AAPL ALSO NOTIFY \"bought the dip\"",
            "--rule",
            "WHEN price(AAPL) > 106 THEN SELL 10 AAPL ONCE",
            // An alert-only rule trades nothing; a backtest reports trades, not alerts.
            "--rule",
            "WHEN price(AAPL) > 100 THEN NOTIFY \"AAPL above 100\"");

    assertThat(code).isZero();
    List<String> csv = Files.readAllLines(out.resolve("trades.csv"));
    assertThat(csv.get(0)).isEqualTo("time,rule,side,qty,ticker,price,status,explanation");
    assertThat(csv).hasSize(3);
    assertThat(csv.get(1))
        .startsWith("2015-01-05T20:00:00Z,rule-1,BUY,10,AAPL,100.94,FILLED,price:AAPL = ");
    assertThat(csv.get(2))
        .startsWith("2015-01-08T20:00:00Z,rule-2,SELL,10,AAPL,106.30,FILLED,price:AAPL = ");

    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("trades").asInt()).isEqualTo(2);
    assertThat(summary.get("filled").asInt()).isEqualTo(2);
    assertThat(summary.get("endEquity").asDouble()).isEqualTo(100_053.60);
    assertThat(summary.get("totalReturn").asDouble()).isEqualTo(0.000536);
    assertThat(summary.get("winRate").asDouble()).isEqualTo(1.0);
    assertThat(summary.get("pnlByTicker").get("AAPL").asDouble()).isEqualTo(53.60);
    // The day after the sell, equity is the capital plus the round trip: 10 x (106.30 - 100.94).
    assertThat(Files.readAllLines(out.resolve("equity.csv")))
        .startsWith("day,equity,drawdown", "2015-01-02,100000.00,0.000000")
        .endsWith("2015-01-09,100053.60,0.000000");
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("echarts.init(").contains("2015-01-05").contains("<td>rule-2</td>");
  }

  /**
   * Day windows over StockNet, worked out by hand. AAPL's closes as above (20:00 UTC); a window of
   * 5d ending at a midnight holds the closes of the 5 calendar days before it: at 2015-01-08 00:00
   * Mon-Wed, (100.94 + 100.95 + 102.37) / 3 = 101.42. {@code sentiment($AAPL, 1d)} at a midnight is
   * the mean VADER compound of the day's posts that mention $AAPL (sums of compounds in 10^-4):
   * 01-02 40219/49, 01-03 14408/6, 01-04 13286/7, 01-05 20719/25, 01-06 28266/23, 01-07 12854/47,
   * 01-08 96674/28, 01-09 10845/24. The first two posts of Saturday 01-03, 00:44:41 (0.4767) and
   * 00:55:53 (0.5267), make the day's mean 0.5017 at the second: a trade between two closes, on a
   * weekend, filled at Friday's close, 43 hours old. Rule 3's sells are taken in event-time order
   * with the buys: the first finds nothing held (short selling is off), Jan 4-5 sell the 2 bought
   * at 00:55, Jan 6-7 find nothing again, Jan 8-10 sell from the 10 bought on Jan 7.
   */
  @Test
  void shouldDecideDayWindowsAndFillBetweenClosesAtTheLastClose() throws Exception {
    Path out = dir.resolve("days");
    run(
        "--from",
        "2015-01-02",
        "--to",
        "2015-01-09",
        "--out",
        out.toString(),
        "--rule",
        "WHEN price(AAPL) > avg(AAPL, 5d) THEN BUY 10 AAPL",
        "--rule",
        "WHEN sentiment(\"$AAPL\", 1d) > 0.5 THEN BUY 2 AAPL ONCE",
        "--rule",
        "WHEN sentiment(\"$AAPL\", 1d) > -2 AND avg(AAPL, 5d) > 0 THEN SELL 1 AAPL EVERY 1m ON"
            + " CLOSE");

    assertThat(Files.readAllLines(out.resolve("trades.csv")))
        .containsExactly(
            "time,rule,side,qty,ticker,price,status,explanation",
            close("2015-01-03", "103.87", NOTHING_HELD, "103.8700", "0.0821"),
            "2015-01-03T00:55:53Z,rule-2,BUY,2,AAPL,103.87,FILLED,sentiment:$AAPL:1d = 0.5017",
            close("2015-01-04", "103.87", "FILLED", "103.8700", "0.2401"),
            close("2015-01-05", "103.87", "FILLED", "103.8700", "0.1898"),
            close("2015-01-06", "100.94", NOTHING_HELD, "102.4050", "0.0829"),
            close("2015-01-07", "100.95", NOTHING_HELD, "101.9200", "0.1229"),
            "2015-01-07T20:00:00Z,rule-1,BUY,10,AAPL,102.37,FILLED,avg:AAPL:5d = 101.4200;"
                + " price:AAPL = 102.3700",
            close("2015-01-08", "102.37", "FILLED", "101.4200", "0.0273"),
            close("2015-01-09", "106.30", "FILLED", "102.6400", "0.3453"),
            close("2015-01-10", "106.41", "FILLED", "103.3940", "0.0452"));
  }

  private static final String NOTHING_HELD =
      "\"REJECTED: short selling is off: selling 1 AAPL, 0 held\"";

  /** Rule 3's trade at midnight of {@code day}: priced at the last close before it. */
  private static String close(
      String day, String price, String status, String avg5d, String sentiment1d) {
    return day
        + "T00:00:00Z,rule-3,SELL,1,AAPL,"
        + price
        + ","
        + status
        + ",avg:AAPL:5d = "
        + avg5d
        + "; sentiment:$AAPL:1d = "
        + sentiment1d;
  }

  @Test
  void shouldWriteByteIdenticalTradesWhenRunTwice() throws Exception {
    String[] rules = {
      "--rule",
      "WHEN price(AAPL) < 105 THEN BUY 5 AAPL EVERY 1440m",
      "--rule",
      "WHEN price(AAPL) > 110 THEN SELL 5 AAPL EVERY 1440m",
      "--rule",
      "WHEN sentiment(\"$AAPL\", 1d) > 0.5 THEN BUY 1 AAPL EVERY 1440m",
      "--rule",
      "WHEN price(AAPL) < avg(AAPL, 5d) AND sentiment(\"$AAPL\", 1d) < 0 THEN SELL 2 AAPL"
    };
    for (String run : List.of("a", "b")) {
      String[] args =
          concat(
              new String[] {
                "--from", "2015-01-01", "--to", "2015-01-31", "--out", dir.resolve(run).toString()
              },
              rules);
      assertThat(run(args)).isZero();
    }

    byte[] first = Files.readAllBytes(dir.resolve("a/trades.csv"));
    assertThat(Files.readAllLines(dir.resolve("a/trades.csv"))).hasSizeGreaterThan(5);
    assertThat(Files.readAllBytes(dir.resolve("b/trades.csv"))).isEqualTo(first);
    assertThat(Files.readString(dir.resolve("b/summary.json")))
        .isEqualTo(Files.readString(dir.resolve("a/summary.json")));
  }

  private static int run(String... args) {
    BacktestRun run = BacktestRun.execute(args);
    if (run.code() != 0) throw new AssertionError("exit " + run.code() + ": " + run.err());
    return run.code();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
