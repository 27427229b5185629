package com.tweetrade.sentiment.movement;

import java.util.List;

/**
 * Fits a {@link LinearModel} by full-batch gradient descent on the mean log-loss plus an L2
 * penalty.
 *
 * <p>Deterministic: no random initialisation (weights start at 0), no shuffling, a fixed number of
 * steps, and the same floating-point operations in the same order on every run, so retraining
 * reproduces the shipped weights bit for bit. Five standardised features need nothing cleverer.
 */
public final class LogisticRegression {

  static final int STEPS = 2_000;
  static final double LEARNING_RATE = 0.5;

  private LogisticRegression() {}

  /** Fits on rows {@code x} with labels {@code up}; the cut-off is left at 0 (probability 0.5). */
  public static LinearModel fit(List<String> names, double[][] x, boolean[] up, double l2) {
    int n = x.length;
    int d = names.size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (int k = 0; k < d; k++) {
      for (double[] row : x) {
        mean[k] += row[k] / n;
      }
      for (double[] row : x) {
        scale[k] += (row[k] - mean[k]) * (row[k] - mean[k]) / n;
      }
      scale[k] = scale[k] > 0 ? Math.sqrt(scale[k]) : 1;
    }
    double[][] z = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        z[i][k] = (x[i][k] - mean[k]) / scale[k];
      }
    }
    double[] w = new double[d];
    double b = 0;
    for (int step = 0; step < STEPS; step++) {
      double[] gradW = new double[d];
      double gradB = 0;
      for (int i = 0; i < n; i++) {
        double logit = b;
        for (int k = 0; k < d; k++) {
          logit += w[k] * z[i][k];
        }
        double error = sigmoid(logit) - (up[i] ? 1 : 0);
        for (int k = 0; k < d; k++) {
          gradW[k] += error * z[i][k] / n;
        }
        gradB += error / n;
      }
      for (int k = 0; k < d; k++) {
        w[k] -= LEARNING_RATE * (gradW[k] + l2 * w[k]);
      }
      b -= LEARNING_RATE * gradB;
    }
    return new LinearModel(List.copyOf(names), mean, scale, w, b, l2, 0);
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
