package com.tweetrade.sentiment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The few Python 3 string and float semantics that VADER's results depend on, re-stated for Java.
 *
 * <p>The reference splits on {@code str.split()} whitespace (which differs from {@link
 * Character#isWhitespace}), strips {@code string.punctuation} (ASCII only), tests {@code
 * str.isupper()} and rounds with {@code round(x, n)} (exact decimal rounding, ties to even).
 * Getting any of these slightly wrong moves scores by a whole rounding step.
 */
final class PyStrings {

  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  private static final boolean[] IS_PUNCT = new boolean[128];

  static {
    for (int k = 0; k < ASCII_PUNCTUATION.length(); k++) {
      IS_PUNCT[ASCII_PUNCTUATION.charAt(k)] = true;
    }
  }

  private PyStrings() {}

  /** Python's {@code str.isspace()} for one UTF-16 unit (all Python whitespace lies in the BMP). */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }
    if (c < 0x85) {
      return false;
    }
    return c == 0x85
        || c == 0xa0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202f
        || c == 0x205f
        || c == 0x3000;
  }

  /** Whether {@code c} is in Python's {@code string.punctuation}. */
  static boolean isPunct(char c) {
    return c < 128 && IS_PUNCT[c];
  }

  /**
   * Python's {@code str.isupper()}: no lower- or title-case letter, and at least one upper-case
   * one.
   */
  static boolean isUpper(String s) {
    boolean cased = false;
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      k += Character.charCount(cp);
      if (cp < 128) {
        if (cp >= 'a' && cp <= 'z') {
          return false;
        }
        cased |= cp >= 'A' && cp <= 'Z';
      } else if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
        return false;
      } else if (Character.isUpperCase(cp)) {
        cased = true;
      }
    }
    return cased;
  }

  /**
   * Python's {@code str.lower()}; returns {@code s} itself when nothing changes (the common case).
   */
  static String lower(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c >= 128) {
        return s.toLowerCase(Locale.ROOT);
      }
      if (c >= 'A' && c <= 'Z') {
        return s.toLowerCase(Locale.ROOT);
      }
    }
    return s;
  }

  /** Number of code points in {@code s[from, to)}, as Python's {@code len()} counts them. */
  static int codePointLength(String s, int from, int to) {
    int n = to - from;
    return n > 4 ? n : s.codePointCount(from, to);
  }

  /**
   * Python's {@code round(x, digits)}: the exact binary value rounded to {@code digits} decimals,
   * ties to even, keeping the sign of zero.
   */
  static double round(double x, int digits) {
    double scale = digits == 3 ? 1e3 : digits == 4 ? 1e4 : Math.pow(10, digits);
    double scaled = x * scale;
    double fraction = Math.abs(scaled - Math.floor(scaled));
    double rounded;
    if (Math.abs(fraction - 0.5) > 1e-6 && Math.abs(scaled) < 1e15) {
      // Far from a tie the inexact product cannot change which integer is nearest.
      rounded = Math.rint(scaled) / scale;
    } else {
      rounded = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }
    return rounded == 0.0 ? Math.copySign(0.0, x) : rounded;
  }
}
