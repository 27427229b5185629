package com.tweetrade.sentiment.movement;

import java.util.List;

/**
 * The text features of a sample's window, from the compound score of each tweet under both models. Text only:
 * no price enters, so the model measures what the tweets say, not what the prices did.
 */
public final class WindowFeatures {

  /** A compound at or beyond this is a bullish (or, negated, bearish) tweet; VADER's usual cut-off. */
  static final double POLAR = 0.05;

  public static final List<String> NAMES = List.of(
      "mean_vader_compound", "mean_finance_compound", "bullish_share", "bearish_share", "log_tweets");

  private WindowFeatures() {}

  /** The features of {@code sample}; {@code vader[id]} and {@code finance[id]} are tweet id's compounds. */
  public static double[] of(Sample sample, double[] vader, double[] finance) {
    double vaderSum = 0;
    double financeSum = 0;
    int bullish = 0;
    int bearish = 0;
    for (int id : sample.tweets()) {
      vaderSum += vader[id];
      financeSum += finance[id];
      if (finance[id] >= POLAR) {
        bullish++;
      } else if (finance[id] <= -POLAR) {
        bearish++;
      }
    }
    double n = sample.tweets().length;
    return new double[] {vaderSum / n, financeSum / n, bullish / n, bearish / n, Math.log(n)};
  }

  /** The mean compound of the window under one model. */
  public static double meanCompound(Sample sample, double[] compound) {
    double sum = 0;
    for (int id : sample.tweets()) {
      sum += compound[id];
    }
    return sum / sample.tweets().length;
  }
}
