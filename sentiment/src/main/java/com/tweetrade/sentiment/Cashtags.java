package com.tweetrade.sentiment;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Cashtag extraction ("$AAPL", "$brk.b") by a single scan, without regular expressions.
 *
 * <p>Follows the shape twitter-text accepts: 1–6 ASCII letters, optionally "." or "_" and 1–2
 * letters for a share class. Unlike twitter-text, any non-alphanumeric character may precede the
 * "$" ("($TSLA)" counts), because tweets about stocks often wrap tickers in punctuation.
 */
final class Cashtags {

  private static final int MAX_SYMBOL = 6;
  private static final int MAX_CLASS = 2;

  private Cashtags() {}

  static Set<String> extract(String text) {
    if (text == null) {
      return Set.of();
    }
    Set<String> found = null;
    int n = text.length();
    for (int p = text.indexOf('$'); p >= 0; p = text.indexOf('$', p + 1)) {
      if (p > 0 && Character.isLetterOrDigit(Character.codePointBefore(text, p))) {
        continue;
      }
      int end = letters(text, p + 1, MAX_SYMBOL);
      if (end == p + 1) {
        continue;
      }
      if (end + 1 < n && (text.charAt(end) == '.' || text.charAt(end) == '_')) {
        int classEnd = letters(text, end + 1, MAX_CLASS);
        if (classEnd > end + 1 && !wordCharAt(text, classEnd)) {
          end = classEnd;
        }
      }
      if (wordCharAt(text, end)) {
        continue;
      }
      if (found == null) {
        found = new LinkedHashSet<>(4);
      }
      found.add(text.substring(p + 1, end).toUpperCase(Locale.ROOT));
    }
    return found == null ? Set.of() : found;
  }

  /** End of the run of at most {@code max} ASCII letters starting at {@code from}. */
  private static int letters(String text, int from, int max) {
    int p = from;
    while (p < text.length() && p - from < max && isAsciiLetter(text.charAt(p))) {
      p++;
    }
    return p;
  }

  private static boolean wordCharAt(String text, int p) {
    return p < text.length() && Character.isLetterOrDigit(text.codePointAt(p));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
