package com.tweetrade.job.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input of {@code backtest}: one line naming the problem, exit code 2, nothing written.
 */
class BacktestCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--out";
    all[1] = dir.resolve("out").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return BacktestCommand.execute(
        all,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** Runs {@code rule} over January 2015 and expects it refused with {@code message}. */
  private void assertRefusedInJanuary2015(String rule, String message) {
    assertThat(run("--from", "2015-01-01", "--to", "2015-01-31", "--rule", rule)).isEqualTo(2);
    assertRefused(message);
  }

  private String lastLine() {
    String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\n");
    return lines[lines.length - 1];
  }

  private void assertRefused(String message) {
    assertThat(lastLine()).startsWith("backtest: ").contains(message);
    err.reset();
    assertThat(Files.exists(dir.resolve("out"))).as("nothing written").isFalse();
  }

  @Test
  void shouldRefuseARangeThatEndsBeforeItStarts() {
    assertThat(
            run(
                "--from",
                "2015-02-01",
                "--to",
                "2015-01-01",
                "--rule",
                "WHEN price(AAPL) > 1 THEN BUY 1 AAPL"))
        .isEqualTo(2);
    assertRefused("--from 2015-02-01 is after --to 2015-01-01");
  }

  @Test
  void shouldRefuseADateThatIsNotOne() {
    assertThat(
            run(
                "--from",
                "last monday",
                "--to",
                "2015-01-01",
                "--rule",
                "WHEN price(AAPL) > 1 THEN BUY 1 AAPL"))
        .isEqualTo(2);
    assertRefused("--from 'last monday' is not a date");
  }

  @Test
  void shouldRefuseMissingRulesAndMissingFlags() {
    assertThat(run("--from", "2015-01-01", "--to", "2015-01-31")).isEqualTo(2);
    assertRefused("no rule");
    assertThat(run("--to", "2015-01-31", "--rule", "WHEN price(AAPL) > 1 THEN BUY 1 AAPL"))
        .isEqualTo(2);
    assertRefused("--from");
  }

  @Test
  void shouldRefuseAnUnknownSource() {
    assertThat(
            run(
                "--source",
                "nasdaq",
                "--from",
                "2015-01-01",
                "--to",
                "2015-01-31",
                "--rule",
                "WHEN price(AAPL) > 1 THEN BUY 1 AAPL"))
        .isEqualTo(2);
    assertRefused("unknown --source 'nasdaq': use stocknet or recorded");
  }

  @Test
  void shouldRefuseRulesTheDataCannotServe() {
    assertRefusedInJanuary2015("WHEN price(AAPL) > THEN BUY 1 AAPL", "does not parse");
    assertRefusedInJanuary2015("WHEN price(ZBRA) > 1 THEN BUY 1 ZBRA", "unknown ticker ZBRA");
    assertRefusedInJanuary2015(
        "WHEN price(AAPL) < avg(AAPL, 15m) THEN BUY 1 AAPL",
        "backtest: rule 'WHEN price(AAPL) < avg(AAPL, 15m) THEN BUY 1 AAPL' is refused: at 29:"
            + " window 15m cannot be served from StockNet daily closes (windows: 1d, 5d, 20d)");
    assertRefusedInJanuary2015(
        "WHEN ema(AAPL, 12) CROSSES ABOVE ema(AAPL, 26) THEN BUY 1 AAPL",
        "at 5: ema() cannot be served from StockNet daily closes (it has no bars for indicators)");
  }

  @Test
  void shouldRefuseWindowsShorterThanADayOrOutsideTheLanguage() {
    assertRefusedInJanuary2015(
        "WHEN sentiment(\"$AAPL\", 1m) > 0.3 THEN BUY 1 AAPL",
        "backtest: rule 'WHEN sentiment(\"$AAPL\", 1m) > 0.3 THEN BUY 1 AAPL' is refused: at 24:"
            + " window 1m cannot be served from StockNet daily closes (windows: 1d, 5d, 20d)");
    assertRefusedInJanuary2015(
        "WHEN change(AAPL, 1h) < -1% THEN BUY 1 AAPL",
        "at 18: window 1h cannot be served from StockNet daily closes");
    assertRefusedInJanuary2015(
        "WHEN avg(AAPL, 10d) > 1 THEN BUY 1 AAPL",
        "backtest: rule 'WHEN avg(AAPL, 10d) > 1 THEN BUY 1 AAPL' does not parse: at 15: expected"
            + " a window (1d, 5d, 20d) but found '10d'");
  }

  @Test
  void shouldRefuseARangeWithoutData() {
    assertThat(
            run(
                "--from",
                "2020-01-01",
                "--to",
                "2020-01-31",
                "--rule",
                "WHEN price(AAPL) > 1 THEN BUY 1 AAPL"))
        .isEqualTo(2);
    assertRefused("no prices for [AAPL] between 2020-01-01 and 2020-01-31");
  }
}
