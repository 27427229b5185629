package com.tweetrade.job.backtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One {@code bin/tweetrade backtest} run in this JVM ({@link BacktestCommand#execute}), timed from
 * the command's start to its exit, with what it printed.
 *
 * @param code the exit code
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 * @param seconds wall time of the whole command
 */
record BacktestRun(int code, String out, String err, double seconds) {
  private static final Path LOADAVG = Path.of("/proc/loadavg");

  static BacktestRun execute(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int code =
        BacktestCommand.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    double seconds = (System.nanoTime() - start) / 1e9;
    return new BacktestRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), seconds);
  }

  /** The machine a benchmark ran on: {@code /proc/loadavg: <its line>, cores: <n>}. */
  static String machine() throws IOException {
    return "/proc/loadavg: "
        + (Files.exists(LOADAVG) ? Files.readString(LOADAVG).strip() : "n/a")
        + ", cores: "
        + Runtime.getRuntime().availableProcessors();
  }
}
