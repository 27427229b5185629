package com.tweetrade.sentiment.movement;

import java.util.Arrays;

/**
 * Picks the cut-off of a score (predict up when score >= cut-off) that gives the best MCC on the
 * dev split.
 *
 * <p>MCC, not accuracy: dev (Aug-Sep 2015) is 55% down days against train's 49%, and the
 * accuracy-best cut-off on dev is one that calls almost everything down, a constant predictor that
 * says nothing about the score.
 */
public final class Thresholds {

  private Thresholds() {}

  /**
   * The candidate (a score value seen, or +infinity) with the highest MCC; the lowest such on ties.
   */
  public static double bestMcc(double[] scores, boolean[] up) {
    double[] candidates = Arrays.stream(scores).sorted().distinct().toArray();
    double best = Double.POSITIVE_INFINITY;
    double bestMcc = Metrics.of(up, predict(scores, best)).mcc();
    for (double c : candidates) {
      double mcc = Metrics.of(up, predict(scores, c)).mcc();
      if (mcc > bestMcc) {
        bestMcc = mcc;
        best = c;
      }
    }
    return best;
  }

  public static boolean[] predict(double[] scores, double cutOff) {
    boolean[] up = new boolean[scores.length];
    for (int k = 0; k < scores.length; k++) {
      up[k] = scores[k] >= cutOff;
    }
    return up;
  }
}
