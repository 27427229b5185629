package com.tweetrade.job.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
            "WHEN price(AAPL) < 101 THEN BUY 10 AAPL",
            "--rule",
            "WHEN price(AAPL) > 106 THEN SELL 10 AAPL ONCE");

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
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("echarts.init(").contains("2015-01-05").contains("<td>rule-2</td>");
  }

  @Test
  void shouldWriteByteIdenticalTradesWhenRunTwice() throws Exception {
    String[] rules = {
      "--rule",
      "WHEN price(AAPL) < 105 THEN BUY 5 AAPL EVERY 1440m",
      "--rule",
      "WHEN price(AAPL) > 110 THEN SELL 5 AAPL EVERY 1440m",
      "--rule",
      "WHEN sentiment(\"$AAPL\", 15m) > 0.5 THEN BUY 1 AAPL EVERY 1440m"
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        BacktestCommand.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (code != 0)
      throw new AssertionError("exit " + code + ": " + err.toString(StandardCharsets.UTF_8));
    return code;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
