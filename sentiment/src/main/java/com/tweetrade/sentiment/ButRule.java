package com.tweetrade.sentiment;

/**
 * VADER's contrastive "but": sentiments before the first "but" count half, those after it one and a
 * half times.
 *
 * <p>The reference ({@code _but_check}) finds each value's position with {@code list.index(value)},
 * i.e. the FIRST position holding an equal value, and rewrites that one. With repeated values this
 * scales an earlier word (maybe twice) and leaves a later one alone. This class reproduces that
 * behaviour on purpose.
 */
final class ButRule {

  private ButRule() {}

  static void apply(int[] wordIds, int butId, double[] sentiments) {
    int but = -1;
    for (int k = 0; k < wordIds.length; k++) {
      if (wordIds[k] == butId) {
        but = k;
        break;
      }
    }
    if (but < 0) {
      return;
    }
    for (int p = 0; p < sentiments.length; p++) {
      double sentiment = sentiments[p];
      int si = firstIndexOf(sentiments, sentiment);
      if (si < but) {
        sentiments[si] = sentiment * 0.5;
      } else if (si > but) {
        sentiments[si] = sentiment * 1.5;
      }
    }
  }

  private static int firstIndexOf(double[] values, double value) {
    for (int k = 0; k < values.length; k++) {
      if (values[k] == value) {
        return k;
      }
    }
    throw new IllegalStateException("value vanished");
  }
}
