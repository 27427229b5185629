package com.tweetrade.tweets.replay;

import java.util.Locale;

/**
 * How fast recorded tweets are replayed: original pacing, N times faster, or as fast as possible.
 *
 * @param factor how many recorded milliseconds pass per wall-clock millisecond (1 for original)
 * @param max whether to send without waiting at all
 */
public record Speed(double factor, boolean max) {
  public static final Speed ORIGINAL = new Speed(1, false);
  public static final Speed MAX = new Speed(1, true);

  public Speed {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("speed factor must be a positive number, was " + factor);
    }
  }

  /** Parses {@code original}, {@code max}, or {@code <N>x} such as {@code 20x} or {@code 0.5x}. */
  public static Speed parse(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT);
    if (s.equals("original") || s.equals("1x")) return ORIGINAL;
    if (s.equals("max")) return MAX;
    if (s.endsWith("x")) {
      try {
        return new Speed(Double.parseDouble(s.substring(0, s.length() - 1)), false);
      } catch (IllegalArgumentException e) {
        // falls through to the message below, which says what is accepted
      }
    }
    throw new IllegalArgumentException(
        "speed must be 'original', 'max' or a positive factor like '20x', was '" + text + "'");
  }

  @Override
  public String toString() {
    return max ? "max" : factor == 1 ? "original" : factor + "x";
  }
}
