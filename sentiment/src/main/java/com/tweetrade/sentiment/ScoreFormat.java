package com.tweetrade.sentiment;

/**
 * Prints rounded scores as Python's {@code str(float)} prints them: "0.0", "-0.128", "0.6597",
 * "1.0", "-0.0".
 *
 * <p>{@link Double#toString} differs for small values ("1.0E-4" instead of "0.0001"), so the digits
 * come from the value scaled to 4 decimals, which is all a rounded score has.
 */
final class ScoreFormat {

  private ScoreFormat() {}

  /** Formats a value that already has at most 4 decimals (anything else is rounded to 4 first). */
  static String python(double value) {
    if (!Double.isFinite(value) || Math.abs(value) >= 1e14) {
      return Double.toString(value);
    }
    long units = Math.round(Math.abs(value) * 1e4);
    boolean negative =
        value < 0 || Double.doubleToRawLongBits(value) == Long.MIN_VALUE; // keeps "-0.0"
    String fraction =
        Long.toString(10_000 + units % 10_000).substring(1); // zero-padded to 4 digits
    int end = fraction.length();
    while (end > 1 && fraction.charAt(end - 1) == '0') {
      end--;
    }
    return (negative ? "-" : "") + (units / 10_000) + '.' + fraction.substring(0, end);
  }
}
