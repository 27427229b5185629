package com.tweetrade.sentiment.movement;

/**
 * Accuracy and Matthews correlation coefficient of up/down predictions, with up as the positive
 * class.
 *
 * <p>MCC is 0 when a row or column of the confusion matrix is empty (a constant predictor), the
 * usual convention.
 */
public record Metrics(int n, double accuracy, double mcc) {

  public static Metrics of(boolean[] actualUp, boolean[] predictedUp) {
    if (actualUp.length != predictedUp.length) {
      throw new IllegalArgumentException("actual and predicted differ in length");
    }
    long tp = 0;
    long tn = 0;
    long fp = 0;
    long fn = 0;
    for (int k = 0; k < actualUp.length; k++) {
      if (predictedUp[k]) {
        if (actualUp[k]) {
          tp++;
        } else {
          fp++;
        }
      } else if (actualUp[k]) {
        fn++;
      } else {
        tn++;
      }
    }
    int n = actualUp.length;
    double accuracy = n == 0 ? 0 : (double) (tp + tn) / n;
    double denominator = Math.sqrt((double) (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
    double mcc = denominator == 0 ? 0 : (tp * tn - fp * fn) / denominator;
    return new Metrics(n, accuracy, mcc);
  }

  /**
   * Pearson correlation of a score with up (1) / down (0), the point-biserial correlation; 0 when
   * either is constant. A diagnostic of how much a single feature says, before any cut-off.
   */
  public static double correlation(double[] x, boolean[] up) {
    if (x.length != up.length) {
      throw new IllegalArgumentException("scores and labels differ in length");
    }
    int n = x.length;
    double meanX = 0;
    double meanY = 0;
    for (int k = 0; k < n; k++) {
      meanX += x[k] / n;
      meanY += (up[k] ? 1.0 : 0.0) / n;
    }
    double cov = 0;
    double varX = 0;
    double varY = 0;
    for (int k = 0; k < n; k++) {
      double dx = x[k] - meanX;
      double dy = (up[k] ? 1.0 : 0.0) - meanY;
      cov += dx * dy;
      varX += dx * dx;
      varY += dy * dy;
    }
    return varX == 0 || varY == 0 ? 0 : cov / Math.sqrt(varX * varY);
  }
}
