package com.tweetrade.sentiment.movement;

import com.tweetrade.sentiment.stocknet.StockNetData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The StockNet movement task run on both sentiment models: each tweet scored once per model, the
 * samples of {@link MovementSamples}, and per model its dev and test accuracy and MCC.
 *
 * <p>Nothing is fitted on dev or test but what the task allows: the cut-offs and the L2 penalty are
 * chosen on dev, the logistic regression's weights are fitted on train only.
 */
public final class StockNetEvaluation {

  /** Candidate L2 penalties for the logistic regression, tried on dev. */
  static final double[] L2_GRID = {0, 0.001, 0.01, 0.1, 1};

  /** One line of the results table. */
  public record Row(String model, String how, Metrics dev, Metrics test) {}

  /** A window feature's correlation with up on train and on dev ({@link Metrics#correlation}). */
  public record FeatureRow(String feature, double train, double dev) {}

  private final List<Sample> samples;
  private final TweetSignals signals;

  StockNetEvaluation(List<Sample> samples, TweetSignals signals) {
    this.samples = samples;
    this.signals = signals;
  }

  public static StockNetEvaluation of(StockNetData data) {
    return new StockNetEvaluation(MovementSamples.build(data), TweetSignals.of(data.tweets()));
  }

  /** Fits the text-feature model on train; L2 and cut-off are those with the best dev MCC. */
  public LinearModel train() {
    double[][] trainX = features(Split.TRAIN);
    boolean[] trainUp = labels(Split.TRAIN);
    double[][] devX = features(Split.DEV);
    boolean[] devUp = labels(Split.DEV);
    LinearModel best = null;
    double bestMcc = Double.NEGATIVE_INFINITY;
    for (double l2 : L2_GRID) {
      LinearModel fitted = LogisticRegression.fit(WindowFeatures.NAMES, trainX, trainUp, l2);
      double[] devScores = scores(devX, fitted);
      LinearModel tuned = fitted.withCutOff(Thresholds.bestMcc(devScores, devUp));
      double mcc = Metrics.of(devUp, Thresholds.predict(devScores, tuned.cutOff())).mcc();
      if (mcc > bestMcc) {
        bestMcc = mcc;
        best = tuned;
      }
    }
    return best;
  }

  /**
   * VADER and finance mean compound with dev-chosen cut-offs, and {@code model} over the text
   * features.
   */
  public List<Row> rows(LinearModel model) {
    List<Row> rows = new ArrayList<>();
    rows.add(meanCompoundRow("vader", signals.vader()));
    rows.add(meanCompoundRow("finance", signals.finance()));
    rows.add(
        new Row(
            "finance+lr",
            "logistic regression over "
                + String.join(", ", model.features())
                + " (train), cut-off "
                + round(model.cutOff())
                + " (dev)",
            metrics(Split.DEV, s -> model.score(features(s)), model.cutOff()),
            metrics(Split.TEST, s -> model.score(features(s)), model.cutOff())));
    return rows;
  }

  /**
   * Each window feature's correlation with up, train and dev only: a diagnostic for developing
   * features.
   */
  public List<FeatureRow> featureCorrelations() {
    double[][] train = features(Split.TRAIN);
    double[][] dev = features(Split.DEV);
    List<FeatureRow> rows = new ArrayList<>();
    for (int k = 0; k < WindowFeatures.NAMES.size(); k++) {
      rows.add(
          new FeatureRow(
              WindowFeatures.NAMES.get(k),
              Metrics.correlation(column(train, k), labels(Split.TRAIN)),
              Metrics.correlation(column(dev, k), labels(Split.DEV))));
    }
    return rows;
  }

  private static double[] column(double[][] x, int k) {
    double[] c = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      c[i] = x[i][k];
    }
    return c;
  }

  /** Number of samples and share of up days in a split. */
  public Metrics majority(Split split) {
    boolean[] up = labels(split);
    return Metrics.of(up, new boolean[up.length]);
  }

  private Row meanCompoundRow(String name, double[] compound) {
    ToDoubleFunction<Sample> mean = s -> WindowFeatures.meanCompound(s, compound);
    double cutOff = Thresholds.bestMcc(scores(Split.DEV, mean), labels(Split.DEV));
    return new Row(
        name,
        "mean compound of the window >= " + round(cutOff) + " (dev)",
        metrics(Split.DEV, mean, cutOff),
        metrics(Split.TEST, mean, cutOff));
  }

  private Metrics metrics(Split split, ToDoubleFunction<Sample> score, double cutOff) {
    return Metrics.of(labels(split), Thresholds.predict(scores(split, score), cutOff));
  }

  private double[] features(Sample s) {
    return WindowFeatures.of(s, signals);
  }

  private double[][] features(Split split) {
    return of(split).stream().map(this::features).toArray(double[][]::new);
  }

  private static double[] scores(double[][] x, LinearModel model) {
    double[] scores = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      scores[k] = model.score(x[k]);
    }
    return scores;
  }

  private double[] scores(Split split, ToDoubleFunction<Sample> score) {
    return of(split).stream().mapToDouble(score).toArray();
  }

  private boolean[] labels(Split split) {
    List<Sample> in = of(split);
    boolean[] up = new boolean[in.size()];
    for (int k = 0; k < up.length; k++) {
      up[k] = in.get(k).up();
    }
    return up;
  }

  private List<Sample> of(Split split) {
    return samples.stream().filter(s -> s.split() == split).toList();
  }

  private static String round(double x) {
    return String.format(java.util.Locale.ROOT, "%.4f", x);
  }
}
