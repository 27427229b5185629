package com.tweetrade.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CLI run in-process: stdin or file in, one TSV line of scores per input line out, nothing
 * else.
 */
class SentimentCommandTest {

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

  @Test
  void shouldPrintOneScoreLinePerInputLineInOrder() {
    String input =
        "The book was good.\n\n"
            + "Today SUX!\n"
            + "It's a lovely, eerie film that casts an odd, rapt spell.\n";
    int exit = run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    assertThat(exit).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "0.4404\t0.492\t0.508\t0.0\n"
                + "0.0\t0.0\t0.0\t0.0\n"
                + "-0.5461\t0.0\t0.221\t0.779\n"
                + "-0.0\t0.229\t0.482\t0.289\n");
  }

  @Test
  void shouldReadAFileArgument(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("texts.txt");
    Files.writeString(file, "I love it😁😁\r\nnot good", StandardCharsets.UTF_8);
    int exit = run(InputStream.nullInputStream(), file.toString());
    assertThat(exit).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .isEqualTo("0.8807\t0.505\t0.495\t0.0\n" + "-0.3412\t0.0\t0.294\t0.706\n");
  }

  @Test
  void shouldScoreALongStreamLineByLine() {
    long lines = 300_000;
    CountingSink sink = new CountingSink();
    int exit =
        new CommandLine(new SentimentCommand(new RepeatingInput("so good!\n", lines), sink))
            .execute();
    assertThat(exit).isZero();
    assertThat(sink.newlines).isEqualTo(lines);
  }

  @Test
  void shouldPrintHelp() {
    StringWriter help = new StringWriter();
    CommandLine cli = new CommandLine(new SentimentCommand());
    cli.setOut(new PrintWriter(help));
    assertThat(cli.execute("--help")).isZero();
    assertThat(help.toString()).contains("Usage: sentiment", "compound<TAB>pos<TAB>neu<TAB>neg");
  }

  @Test
  void shouldFailOnAMissingFile(@TempDir Path dir) {
    CommandLine cli = new CommandLine(new SentimentCommand(InputStream.nullInputStream(), stdout));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute(dir.resolve("absent.txt").toString())).isNotZero();
    assertThat(stdout.size()).isZero();
  }

  @Test
  void shouldScoreWithTheFinanceModelWhenAsked() {
    byte[] input = "bullish\nnot bullish\n".getBytes(StandardCharsets.UTF_8);
    assertThat(run(new ByteArrayInputStream(input), "--model", "finance")).isZero();
    // bullish 2.5: 2.5 / sqrt(2.5^2 + 15); negated -1.85: -1.85 / sqrt(1.85^2 + 15), and of the
    // shares
    // |-1.85 - 1| = 2.85 negative against 1 neutral ("not"): neg 2.85 / 3.85, neu 1 / 3.85
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .isEqualTo("0.5423\t1.0\t0.0\t0.0\n" + "-0.431\t0.0\t0.26\t0.74\n");
  }

  @Test
  void shouldKeepVaderTheDefaultModel() {
    byte[] input = "bullish\n".getBytes(StandardCharsets.UTF_8);
    assertThat(run(new ByteArrayInputStream(input), "--model", "VADER")).isZero();
    assertThat(run(new ByteArrayInputStream(input))).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .isEqualTo("0.0\t0.0\t1.0\t0.0\n0.0\t0.0\t1.0\t0.0\n");
  }

  @Test
  void shouldRefuseAnUnknownModelOrFlagWithUsageExitCode() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SentimentCommand(InputStream.nullInputStream(), stdout));
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("--model", "finbert")).isEqualTo(2);
    assertThat(cli.execute("--models", "finance")).isEqualTo(2);
    assertThat(cli.execute("evaluate", "--stocknet", "x", "--split", "test")).isEqualTo(2);
    assertThat(err.toString()).contains("expected vader or finance", "--models", "--split");
    assertThat(stdout.size()).isZero();
  }

  @Test
  void shouldDescribeEvaluateInItsHelp() {
    StringWriter help = new StringWriter();
    CommandLine cli = new CommandLine(new SentimentCommand());
    cli.setOut(new PrintWriter(help));
    assertThat(cli.execute("evaluate", "--help")).isZero();
    assertThat(help.toString())
        .contains("--stocknet", "--retrain", "--model-file", "--dev-only", "+0.55%");
  }

  @Test
  void shouldFailEvaluateWithoutData(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SentimentCommand());
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("evaluate", "--stocknet", dir.resolve("absent").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("no StockNet directory");
  }

  private int run(InputStream stdin, String... args) {
    return new CommandLine(new SentimentCommand(stdin, stdout)).execute(args);
  }

  /** The same line again and again, generated on the fly. */
  private static final class RepeatingInput extends InputStream {
    private final byte[] line;
    private final long total;
    private long position;

    RepeatingInput(String line, long lines) {
      this.line = line.getBytes(StandardCharsets.UTF_8);
      this.total = lines * this.line.length;
    }

    @Override
    public int read() {
      return position < total ? line[(int) (position++ % line.length)] : -1;
    }
  }

  /** Counts output lines and drops the bytes. */
  private static final class CountingSink extends OutputStream {
    long newlines;

    @Override
    public void write(int b) {
      if (b == '\n') {
        newlines++;
      }
    }
  }
}
