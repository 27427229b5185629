package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules check}, run in-process. */
class RulesCommandTest {
  private static final String GOOD =
      "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA";
  private static final String BAD_WINDOW = "WHEN sentiment(\"tesla\", 7m) > 0.4 THEN BUY 10 TSLA";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    return RulesCommand.execute(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out),
        new PrintWriter(err),
        args);
  }

  @Test
  void shouldPrintOkOrTheErrorPerLineFromStdinAndExitOneOnFailure() {
    int code =
        run(
            GOOD + "\n\n# a comment\n" + BAD_WINDOW + "\nWHEN price(ZZZZQ) > 1 THEN BUY 1 TSLA\n",
            "check");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines())
        .containsExactly(
            "1: OK",
            "4: at 24: expected a window (1m, 5m, 15m, 1h) but found '7m'",
            "5: at 11: unknown ticker 'ZZZZQ'");
    assertThat(err.toString()).contains("3 rules checked, 2 failed");
  }

  @Test
  void shouldExitZeroWhenEveryRuleCompiles() {
    assertThat(run(GOOD + "\n" + GOOD.toLowerCase().replace("tsla", "TSLA") + "\n", "check"))
        .isEqualTo(0);
    assertThat(out.toString().lines()).containsExactly("1: OK", "2: OK");
  }

  @Test
  void shouldReadFilesAndNameThemInTheOutput(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("rules.txt"), GOOD + "\n" + BAD_WINDOW + "\n");
    int code = run("", "check", rules.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines())
        .containsExactly(
            rules + ":1: OK",
            rules + ":2: at 24: expected a window (1m, 5m, 15m, 1h) but found '7m'");
  }

  @Test
  void shouldUseATickerFileOrAcceptAnyTicker(@TempDir Path dir) throws Exception {
    Path tickers = Files.writeString(dir.resolve("tickers.txt"), "ZZZZQ\n");
    String rule = "WHEN price(ZZZZQ) > 1 THEN BUY 1 ZZZZQ";

    assertThat(run(rule, "check", "--tickers", tickers.toString())).isEqualTo(0);
    assertThat(run(rule, "check", "--any-ticker", "--canonical")).isEqualTo(0);
    assertThat(out.toString()).contains("1: OK  " + rule);
    assertThat(run(rule, "check")).isEqualTo(1);
  }

  @Test
  void shouldExitTwoOnAMissingFile(@TempDir Path dir) {
    assertThat(run("", "check", dir.resolve("missing.txt").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot read rules");
  }

  @Test
  void shouldPrintHelp() {
    assertThat(run("", "check", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("Usage: rules check", "--tickers=FILE", "--any-ticker");
    out.getBuffer().setLength(0);
    assertThat(run("", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("Usage: rules", "check");
    assertThat(run("")).isEqualTo(2);
  }
}
