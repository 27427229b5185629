package com.tweetrade.sentiment.movement;

/**
 * Accuracy and Matthews correlation coefficient of up/down predictions, with up as the positive class.
 *
 * <p>MCC is 0 when a row or column of the confusion matrix is empty (a constant predictor), the usual convention.
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
}
