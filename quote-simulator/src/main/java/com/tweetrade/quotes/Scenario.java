package com.tweetrade.quotes;

import com.tweetrade.model.tickers.TickerDirectory;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted move of one ticker's price, e.g. {@code TSLA -5% over 60s at +30s}.
 *
 * <p>Syntax: {@code <TICKER> <+|-><percent>% [over <duration>] at [t]+<duration>}, durations as
 * {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}. Times count from the first quote in simulated
 * time. Without {@code over} the move is a jump. The move multiplies the random path: before {@code
 * at} the price is untouched, during {@code over} it is scaled by a factor that grows geometrically
 * from 1 to {@code 1 + percent/100}, and afterwards it stays scaled by that factor, so the random
 * walk continues from the new level.
 *
 * @param symbol normalised ticker
 * @param move relative change, e.g. {@code -0.05}; greater than -1
 * @param over duration of the move, zero for a jump
 * @param at start of the move after the first quote
 */
public record Scenario(String symbol, double move, Duration over, Duration at) {

  private static final Pattern SYNTAX =
      Pattern.compile(
          "\\s*(\\S+)\\s+([+-]\\d+(?:\\.\\d+)?)\\s*%\\s+(?:over\\s+(\\S+)\\s+)?at\\s+(?:t\\s*)?\\+?\\s*(\\S+)\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  public Scenario {
    if (!(move > -1.0) || Double.isInfinite(move)) {
      throw new IllegalArgumentException("a move must stay above -100%, was " + move * 100 + "%");
    }
    if (over.isNegative() || at.isNegative())
      throw new IllegalArgumentException("durations must be >= 0");
  }

  /** Parses one scenario line; the message of the exception shows the expected syntax. */
  public static Scenario parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a scenario: '" + text + "' (expected e.g. 'TSLA -5% over 60s at +30s')");
    }
    String symbol = TickerDirectory.normalize(m.group(1));
    double move = Double.parseDouble(m.group(2)) / 100.0;
    Duration over = m.group(3) == null ? Duration.ZERO : duration(m.group(3), text);
    return new Scenario(symbol, move, over, duration(m.group(4), text));
  }

  /** The factor this scenario applies to its ticker's price at the given simulated time. */
  public double factorAt(long elapsedNanos) {
    long start = at.toNanos();
    if (elapsedNanos < start) return 1.0;
    long length = over.toNanos();
    if (length == 0 || elapsedNanos >= start + length) return 1.0 + move;
    double progress = (double) (elapsedNanos - start) / length;
    return Math.pow(1.0 + move, progress);
  }

  private static Duration duration(String text, String scenario) {
    Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a duration: '" + text + "' in '" + scenario + "' (use e.g. 500ms, 30s, 5m, 1h)");
    }
    double amount = Double.parseDouble(m.group(1));
    double nanosPerUnit =
        switch (m.group(2)) {
          case "ms" -> 1e6;
          case "s" -> 1e9;
          case "m" -> 60e9;
          default -> 3600e9;
        };
    return Duration.ofNanos(Math.round(amount * nanosPerUnit));
  }
}
