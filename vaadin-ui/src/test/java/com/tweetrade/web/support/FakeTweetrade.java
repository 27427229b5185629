package com.tweetrade.web.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * A stand-in for {@code bin/tweetrade} that only waits, for the timing of tests (one backtest per
 * user, cancel) that a real backtest finishes too fast or too slowly for: it writes how it was
 * called into its directory, prints one progress line and waits on a child {@code sleep}, so a
 * cancel must stop a process tree. Real backtests are tested with the real command.
 */
public final class FakeTweetrade {
  private static final String SCRIPT =
      """
      #!/usr/bin/env bash
      dir="$(dirname "$0")"
      echo started >> "$dir/starts"
      printf '%s\\0' "$@" > "$dir/args"
      echo "$TWEETRADE_NO_BUILD" > "$dir/no-build"
      echo "backtest: pretending to run" >&2
      sleep 600 &
      echo $! > "$dir/sleep.pid"
      wait
      """;

  private final Path dir;

  private FakeTweetrade(Path dir) {
    this.dir = dir;
  }

  /** Writes the script into {@code dir}. */
  public static FakeTweetrade in(Path dir) throws IOException {
    Path script = dir.resolve("tweetrade");
    Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return new FakeTweetrade(dir);
  }

  /** The path to give as {@code tweetrade.backtest.command}. */
  public String command() {
    return dir.resolve("tweetrade").toString();
  }

  /** How many times the script has started so far. */
  public int starts() throws IOException {
    Path starts = dir.resolve("starts");
    return Files.exists(starts) ? Files.readAllLines(starts).size() : 0;
  }

  /**
   * How many times the script has started, once that is at least {@code expected} or {@code
   * timeout} has passed: a process starts a moment after {@code ProcessBuilder.start} returns.
   */
  public int starts(int expected, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (starts() < expected && System.nanoTime() < deadline) Thread.sleep(50);
    return starts();
  }

  /** The arguments of the last start, one element each as the process received them. */
  public List<String> arguments() throws IOException {
    String all = Files.readString(dir.resolve("args"), StandardCharsets.UTF_8);
    return Arrays.asList(all.substring(0, all.length() - 1).split("\0", -1));
  }

  /** The value of {@code TWEETRADE_NO_BUILD} the script saw. */
  public String noBuild() throws IOException {
    return Files.readString(dir.resolve("no-build"), StandardCharsets.UTF_8).strip();
  }

  /** The pid of the script's {@code sleep} child once it runs, waiting up to {@code timeout}. */
  public OptionalLong sleepPid(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Path pid = dir.resolve("sleep.pid");
    while (System.nanoTime() < deadline) {
      if (Files.exists(pid)) {
        String text = Files.readString(pid).strip();
        if (!text.isEmpty()) return OptionalLong.of(Long.parseLong(text));
      }
      Thread.sleep(50);
    }
    return OptionalLong.empty();
  }
}
